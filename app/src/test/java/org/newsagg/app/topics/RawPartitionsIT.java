package org.newsagg.app.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.model.Settings;
import org.newsagg.streams.StreamsStage;
import org.newsagg.streams.StreamsStageConfig;
import org.newsagg.testkit.EmbeddedBroker;

/**
 * The streams stage reads a one-partition raw topic straight into its dedupe task. A raw topic with more partitions
 * than {@code newsagg.topics.raw-partitions} says would split that task, so both {@code topics check} and the stage
 * itself refuse it, naming the setting to change, on a real broker.
 */
class RawPartitionsIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    Path stateDir;

    Settings settings(Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(extra);
        s.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        s.put("newsagg.topic.raw", "wide.news.raw");
        s.put("newsagg.streams.application-id", "wide-streams");
        s.put("newsagg.streams.state-dir", stateDir.toString());
        s.put("newsagg.streams.http-port", "-1");
        return Settings.of(s);
    }

    @Test
    void aWideRawTopicIsRefusedUnlessTheSettingSaysSo() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("wide.news.raw", 3, (short) 1))).all().get();

            String problem = "topic wide.news.raw has 3 partitions but newsagg.topics.raw-partitions is 1: the streams "
                    + "stage reads it in one dedupe task, so set newsagg.topics.raw-partitions=3";
            List<String> problems = new TopicAdmin(admin).check(TopicLayout.from(settings(Map.of())));
            assertEquals(true, problems.contains(problem), problems.toString());

            try (StreamsStage stage = new StreamsStage(StreamsStageConfig.from(settings(Map.of())),
                    new SimpleMeterRegistry())) {
                IllegalStateException refused = assertThrows(IllegalStateException.class, stage::start);
                assertEquals("topic wide.news.raw has 3 partitions but newsagg.topics.raw-partitions is 1: dedupe must"
                        + " see every article in one task, so set newsagg.topics.raw-partitions=3 (the stage then"
                        + " gathers them into one partition first)", refused.getMessage());
            }

            Settings wide = settings(Map.of("newsagg.topics.raw-partitions", "3"));
            assertEquals(false, new TopicAdmin(admin).check(TopicLayout.from(wide)).contains(problem));
            try (StreamsStage stage = new StreamsStage(StreamsStageConfig.from(wide), new SimpleMeterRegistry())) {
                assertEquals(true, stage.start().state().isRunningOrRebalancing());
            }
        }
    }
}
