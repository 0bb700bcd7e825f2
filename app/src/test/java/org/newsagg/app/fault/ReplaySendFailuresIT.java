package org.newsagg.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.model.Article;
import org.newsagg.model.Json;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.testkit.Articles;
import org.newsagg.testkit.EmbeddedBroker;

/**
 * {@code newsagg replay} against what goes wrong on the Kafka side, on a real broker: no broker at the address, no
 * raw topic, an article the broker refuses. Before, the first two printed nothing for minutes and then
 * {@code (0 errors)} with exit code 0, and the third reported success too.
 */
class ReplaySendFailuresIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    Path dir;

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void noBrokerAtTheAddressFailsWithinTenSecondsNamingTheAddress() throws Exception {
        Path archive = archive(List.of(article("gone-0", 100)));
        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(40),
                () -> replay(archive, "127.0.0.1:1", Map.of()));
        assertEquals(1, run.code(), run.err());
        assertEquals("Kafka at 127.0.0.1:1 (from --bootstrap-servers)\n"
                + "newsagg replay: cannot reach Kafka at 127.0.0.1:1: no broker answered within 10 s. Check the address "
                + "(given by --bootstrap-servers) and that the brokers are up.", run.printed(), run.err());
        assertTrue(run.took().compareTo(Duration.ofSeconds(15)) < 0, "took " + run.took());
    }

    @Test
    void noRawTopicFailsAtOnceNamingTheTopicTheAddressAndTheFix() throws Exception {
        Path archive = archive(List.of(article("none-0", 100)));
        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(40),
                () -> replay(archive, kafka.bootstrapServers(), topics("missing")));
        assertEquals(1, run.code(), run.err());
        assertEquals("Kafka at " + kafka.bootstrapServers() + " (from --bootstrap-servers)\n"
                + "newsagg replay: topic missing.news.raw does not exist on " + kafka.bootstrapServers()
                + ": run newsagg topics create, or set newsagg.topics.create=true", run.printed());
        assertTrue(run.took().compareTo(Duration.ofSeconds(15)) < 0, "took " + run.took());
    }

    @Test
    void anArticleTheBrokerRefusesIsCountedAsFailedAndTheExitCodeSaysSo() throws Exception {
        Map<String, String> topics = topics("refused");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            Map<String, String> withBroker = new java.util.HashMap<>(topics);
            withBroker.put("kafka.bootstrap.servers", kafka.bootstrapServers());
            new TopicAdmin(admin).create(TopicLayout.from(Settings.of(withBroker)));
        }
        // 2 MB of text: over the producer's max.request.size (1 MiB), uncompressed.
        Path archive = archive(List.of(article("refused-0", 100), article("refused-1", 2_000_000),
                article("refused-2", 100)));
        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> replay(archive, kafka.bootstrapServers(), topics));
        assertEquals(1, run.code(), run.err());
        assertTrue(run.printed().endsWith(": 2 published, 1 failed, 0 files or lines unreadable"), run.err());
        List<ConsumerRecord<String, byte[]>> raw = TopicSnapshot.readAll(
                Map.of("bootstrap.servers", kafka.bootstrapServers()), "refused.news.raw", new ByteArrayDeserializer(),
                Duration.ofSeconds(30));
        assertEquals(List.of("refused-0", "refused-2"),
                raw.stream().map(ConsumerRecord::key).sorted().collect(Collectors.toList()));
    }

    static Article article(String id, int textLength) {
        String text = ("Floods closed schools in Lyon " + id + ". ").repeat(textLength / 30 + 1);
        return Articles.of(id).published(NOW.minusSeconds(600)).fetched(NOW).title("Floods " + id).text(text).build();
    }

    Path archive(List<Article> articles) throws Exception {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, articles.stream().map(Json::write).collect(Collectors.joining("\n")) + "\n");
        return file;
    }

    static Map<String, String> topics(String prefix) {
        Map<String, String> s = new java.util.HashMap<>();
        List<String> defaults = Topics.DEFAULT.all();
        for (int i = 0; i < Topics.SETTINGS.size(); i++) s.put(Topics.SETTINGS.get(i), prefix + "." + defaults.get(i));
        return s;
    }

    static CommandRun replay(Path archive, String bootstrap, Map<String, String> settings) {
        return CommandRun.execute(List.of("replay", archive.toString(), "--bootstrap-servers", bootstrap), settings);
    }
}
