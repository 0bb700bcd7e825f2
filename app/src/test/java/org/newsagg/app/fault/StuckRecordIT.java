package org.newsagg.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.model.Article;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.testkit.Articles;
import org.newsagg.testkit.EmbeddedBroker;

/**
 * A record whose result the broker refuses every time (here: the tagged topic takes no record over 2 kB, a limit the
 * stage cannot know before it writes). Under exactly-once the refusal aborts the transaction, and a replaced thread
 * reads the same record again; before, it did so forever while the stage reported ready. Now the stage stops after
 * a few failures in a row, with exit code 1 and one line naming the record and the cause.
 */
class StuckRecordIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    Path stateDir;

    @Test
    void aRecordWhoseResultTheBrokerKeepsRefusingStopsTheStageNamingTopicPartitionOffsetAndCause() throws Exception {
        Map<String, String> child = new HashMap<>();
        List<String> defaults = Topics.DEFAULT.all();
        for (int i = 0; i < Topics.SETTINGS.size(); i++) child.put(Topics.SETTINGS.get(i), "stuck." + defaults.get(i));
        child.put("newsagg.streams.application-id", "stuck-streams");
        child.put("newsagg.streams.state-dir", stateDir.toString());
        child.put("newsagg.streams.http-port", "-1");
        // A replaced thread joins as a new member; the failed one is only dropped once its session times out.
        child.put("kafka.session.timeout.ms", "6000");
        Map<String, String> withBroker = new HashMap<>(child);
        withBroker.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        Settings s = Settings.of(withBroker);
        Map<String, Object> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            new TopicAdmin(admin).create(TopicLayout.from(s));
            ConfigResource tagged = new ConfigResource(ConfigResource.Type.TOPIC, Topics.from(s).tagged());
            admin.incrementalAlterConfigs(Map.of(tagged, List.of(new AlterConfigOp(
                    new ConfigEntry("max.message.bytes", "2048"), AlterConfigOp.OpType.SET)))).all().get();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Article small = Articles.of("stuck-0").published(now.minusSeconds(600)).title("Floods closed schools in Lyon")
                .text("Floods closed three schools in Lyon.").build();
        Article big = Articles.of("stuck-1").published(now.minusSeconds(300)).title("Kenya opened a solar plant")
                .text("Kenya opened a solar plant near Garissa. ".repeat(100)).build();
        StoryArchive.publishRaw(client, s, List.of(small, big));

        try (StageProcess streams = StageProcess.start("streams", kafka.bootstrapServers(), child,
                "stuck-record-streams.log")) {
            assertEquals(1, streams.awaitExit(Duration.ofMinutes(2)), streams.tail());
            String out = Files.readString(streams.log());
            // The record is stuck where the tagging task reads it: its repartition topic, partition by key.
            assertTrue(out.contains("the streams stage stops: the record at stuck-streams-tag-repartition-2 offset 0"
                    + " failed 3 stream threads in a row: cannot write to stuck.news.tagged: The request included a"
                    + " message larger than the max message size the server will accept. Fix the cause and restart:"
                    + " the stage resumes at that record (docs/operations.md)"), streams.tail());
            assertEquals(1, out.lines().filter(l -> l.contains("the streams stage stops:")).count(), streams.tail());
        }
    }
}
