package org.newsagg.app.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsagg.app.NewsaggCommand;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.model.DeadLetters;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.testkit.EmbeddedBroker;
import picocli.CommandLine;

/** {@code status}, {@code dlq list} and {@code dlq replay} on a real broker, against records the test wrote itself. */
class DeadLetterOpsIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    /** Its own topics and application ids on the shared broker, as -D flags and as settings. */
    static Map<String, String> overrides(String name) {
        Map<String, String> s = new HashMap<>();
        List<String> defaults = Topics.DEFAULT.all();
        for (int i = 0; i < Topics.SETTINGS.size(); i++) s.put(Topics.SETTINGS.get(i), name + "." + defaults.get(i));
        s.put("newsagg.streams.application-id", name + "-streams");
        s.put("newsagg.sink.application-id", name + "-sink");
        return s;
    }

    static Settings settings(String name) {
        Map<String, String> s = overrides(name);
        s.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return Settings.of(s);
    }

    static Map<String, Object> client() {
        return Map.of("bootstrap.servers", kafka.bootstrapServers());
    }

    static Topics createTopics(Settings settings) throws Exception {
        try (Admin admin = Admin.create(client())) {
            new TopicAdmin(admin).create(TopicLayout.from(settings));
        }
        return Topics.from(settings);
    }

    static void send(List<ProducerRecord<byte[], byte[]>> records) throws Exception {
        try (var producer = new KafkaProducer<>(client(), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (var r : records) producer.send(r).get();
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static ProducerRecord<byte[], byte[]> letter(String dlq, String key, String value, String reason, String source) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("trace", bytes("t-" + key));
        DeadLetters.annotate(headers, reason, "because " + reason, null, "streams", source, 0, 7);
        return new ProducerRecord<>(dlq, 0, null, bytes(key), bytes(value), headers);
    }

    static ProducerRecord<byte[], byte[]> plain(String topic, int partition, String key) {
        return new ProducerRecord<>(topic, partition, bytes(key), bytes("{\"id\":\"" + key + "\"}"));
    }

    static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new NewsaggCommand()).execute(args);
            assertEquals(0, code, "exit code of " + String.join(" ", args));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static String[] withConnection(String name, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--bootstrap-servers");
        all.add(kafka.bootstrapServers());
        overrides(name).forEach((k, v) -> {
            all.add("-D");
            all.add(k + "=" + v);
        });
        return all.toArray(String[]::new);
    }

    static List<ConsumerRecord<String, byte[]>> read(String topic) {
        return TopicSnapshot.readAll(client(), topic, new ByteArrayDeserializer(), Duration.ofSeconds(30));
    }

    @Test
    void statusShowsEndOffsetsPerPartitionLagPerStageIncludingRepartitionTopicsAndDeadLettersByReason()
            throws Exception {
        Settings settings = settings("st");
        Topics t = createTopics(settings);
        String repartition = "st-streams-tag-repartition";
        try (Admin admin = Admin.create(client())) {
            admin.createTopics(List.of(new NewTopic(repartition, 3, (short) 1))).all().get();
        }
        send(List.of(plain(t.raw(), 0, "r1"), plain(t.raw(), 0, "r2"), plain(t.raw(), 0, "r3"),
                plain(t.raw(), 0, "r4"), plain(t.raw(), 0, "r5"),
                plain(t.tagged(), 0, "t1"), plain(t.tagged(), 0, "t2"), plain(t.tagged(), 1, "t3"),
                plain(t.tagged(), 2, "t4"),
                plain(repartition, 0, "p1"), plain(repartition, 0, "p2"),
                letter(t.dlq(), "d1", "<html>", "deserialization", t.raw()),
                letter(t.dlq(), "d2", "{}", "deserialization", t.raw()),
                letter(t.dlq(), "d3", "{}", "late", t.tagged())));
        // The streams stage has read 3 of 5 raw records and 1 of 2 repartitioned ones; the sink nothing yet.
        try (Admin admin = Admin.create(client())) {
            admin.alterConsumerGroupOffsets("st-streams", Map.of(
                    new TopicPartition(t.raw(), 0), new OffsetAndMetadata(3),
                    new TopicPartition(repartition, 0), new OffsetAndMetadata(1))).all().get();
        }

        PipelineStatus status = PipelineStatusReader.of(settings, client(), Duration.ofSeconds(30)).read();

        assertEquals(List.of(
                new TopicStatus(t.raw(), List.of(5L)),
                new TopicStatus(t.tagged(), List.of(2L, 1L, 1L)),
                new TopicStatus(t.duplicates(), List.of(0L, 0L, 0L)),
                new TopicStatus(t.aggregates(), List.of(0L, 0L, 0L)),
                new TopicStatus(t.trending(), List.of(0L)),
                new TopicStatus(t.dlq(), List.of(3L)),
                new TopicStatus(repartition, List.of(2L, 0L, 0L))), status.topics());
        assertEquals(List.of(
                new GroupLag("st-streams", t.raw(), 3, 5, 2, 0),
                new GroupLag("st-streams", repartition, 1, 2, 1, 0),
                new GroupLag("st-sink", t.tagged(), 0, 4, 4, 0),
                new GroupLag("st-sink", t.duplicates(), 0, 0, 0, 0)), status.lags());
        assertEquals(Map.of("deserialization", 2L, "late", 1L), status.deadLettersByReason());
        assertEquals(3, status.lagOf("st-streams"));

        String screen = run(withConnection("st", "status")).replaceAll(" +", " ");
        assertEquals(true, screen.contains("st.news.tagged 3 4 [2, 1, 1]\n"), screen);
        assertEquals(true, screen.contains("st-streams st-streams-tag-repartition 1 2 1 0\n"), screen);
        assertEquals(true, screen.contains("deserialization 2\nlate 1\n"), screen);

        // Retention takes raw records 0-3 while the streams stage has read only 0-2: one was never read.
        try (Admin admin = Admin.create(client())) {
            admin.deleteRecords(Map.of(new TopicPartition(t.raw(), 0), RecordsToDelete.beforeOffset(4))).all().get();
        }
        PipelineStatus after = PipelineStatusReader.of(settings, client(), Duration.ofSeconds(30)).read();
        assertEquals(new GroupLag("st-streams", t.raw(), 3, 5, 2, 1), after.lags().get(0));
        assertEquals(0, after.lags().get(1).deleted(), "nothing was deleted from the repartition topic");
    }

    @Test
    void replayRepublishesEachLetterOnceWithItsOriginalBytesToItsSourceTopic() throws Exception {
        Settings settings = settings("rp");
        Topics t = createTopics(settings);
        var noSource = letter(t.dlq(), "k3", "{\"x\":3}", "processing", null);
        send(List.of(letter(t.dlq(), "k1", "not json at all", "deserialization", t.raw()),
                letter(t.dlq(), "k2", "{\"late\":true}", "late", t.tagged()), noSource));
        DeadLetterReplay replay = new DeadLetterReplay(client(), t.dlq(), DeadLetterReplay.DEFAULT_GROUP + "-rp",
                Duration.ofSeconds(30));

        ReplayResult first = replay.replay(null, null);

        assertEquals(Map.of(t.raw(), 1L, t.tagged(), 1L), first.replayed());
        assertEquals(0, first.filteredOut());
        assertEquals(1, first.unroutable());
        List<ConsumerRecord<String, byte[]>> raw = read(t.raw());
        assertEquals(1, raw.size());
        assertEquals("k1", raw.get(0).key());
        assertArrayEquals(bytes("not json at all"), raw.get(0).value());
        // The failure's headers stay in the dead-letter topic; the record's own headers travel with it.
        assertEquals(List.of("trace"), java.util.Arrays.stream(raw.get(0).headers().toArray()).map(h -> h.key()).toList());
        assertEquals("k2", read(t.tagged()).get(0).key());

        // A second run finds nothing new: the group remembers.
        ReplayResult second = replay.replay(null, null);
        assertEquals(Map.of(), second.replayed());
        assertEquals(0, second.unroutable());
        assertEquals(1, read(t.raw()).size());

        // Only the letter written since is replayed by the third run.
        send(List.of(letter(t.dlq(), "k4", "{\"id\":4}", "deserialization", t.raw())));
        ReplayResult third = replay.replay(null, null);
        assertEquals(Map.of(t.raw(), 1L), third.replayed());
        assertEquals(List.of("k1", "k4"), read(t.raw()).stream().map(ConsumerRecord::key).toList());

        // The command: --reason picks its own group, --to routes letters that have no source.
        String out = run(withConnection("rp", "dlq", "replay", "--reason", "processing", "--to", t.duplicates()));
        assertEquals("replayed 1 to rp.news.duplicates\nreplayed 1, skipped 3 of other reasons, 0 without a source "
                + "topic (use --to)\n", out);
        assertEquals(List.of("k3"), read(t.duplicates()).stream().map(ConsumerRecord::key).toList());
        assertEquals(1, read(t.tagged()).size());
    }

    @Test
    void listPrintsEveryLetterAsAJsonLineWithItsHeaders() throws Exception {
        Settings settings = settings("ls");
        Topics t = createTopics(settings);
        send(List.of(letter(t.dlq(), "a", "garbage", "deserialization", t.raw()),
                letter(t.dlq(), "b", "{\"n\":1}", "late", t.tagged())));

        String[] lines = run(withConnection("ls", "dlq", "list")).split("\n");
        String[] late = run(withConnection("ls", "dlq", "list", "--reason", "late")).split("\n");

        assertEquals(2, lines.length);
        var first = org.newsagg.model.Json.MAPPER.readTree(lines[0]);
        assertEquals("a", first.get("key").asText());
        assertEquals("garbage", first.get("value").asText());
        assertEquals("deserialization", first.get("headers").get(DeadLetters.REASON).asText());
        assertEquals(t.raw(), first.get("headers").get(DeadLetters.SOURCE_TOPIC).asText());
        assertEquals(1, late.length);
        var only = org.newsagg.model.Json.MAPPER.readTree(late[0]);
        assertEquals("b", only.get("key").asText());
        assertEquals(1, only.get("value").get("n").asInt());
    }
}
