package org.newsagg.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.runtime.StageSettings;

/**
 * The topics, application ids and state directories of one benchmark phase: each phase starts from empty topics
 * and fresh state, apart from other phases and from any other run on the same cluster.
 */
public record PhaseLayout(String name, Settings settings, Map<String, String> overrides,
        Map<String, Object> clientProperties) {

    public static PhaseLayout of(Settings base, Map<String, Object> clientProperties, String run, String phase,
            Path stateDir) {
        String prefix = "bench-" + run + "-" + phase + ".";
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < Topics.SETTINGS.size(); i++) {
            o.put(Topics.SETTINGS.get(i), prefix + Topics.DEFAULT.all().get(i));
        }
        o.put("newsagg.streams.application-id", prefix + "streams");
        o.put("newsagg.sink.application-id", prefix + "sink");
        o.put("newsagg.streams.state-dir", stateDir.resolve("streams").toString());
        o.put("newsagg.sink.state-dir", stateDir.resolve("sink").toString());
        // The targets are for exactly-once; say so rather than rely on the default staying what it is.
        o.put("newsagg.streams.processing-guarantee", "exactly_once_v2");
        o.put("newsagg.sink.processing-guarantee", "exactly_once_v2");
        // Record timestamps are publication times: a memory run spread over weeks must not lose its oldest articles
        // to the topics' 7-day time retention before the stages read them.
        o.put("newsagg.topics.retention", "365d");
        // Nor to the size bound: a million articles are about 2.4 GB of raw records on one partition, and the
        // default 1 GiB made the broker delete the oldest half while the stages were still behind.
        o.put("newsagg.topics.retention-bytes", "-1");
        o.put("newsagg.streams.http-port", "-1");
        o.put("newsagg.sink.http-port", "-1");
        // The memory run's child sink would otherwise serve on the fixed 8083, and a second bench at the same time
        // could not start its own.
        o.put("newsagg.sink.metrics-port", "-1");
        // --catch-up is in the base settings, which the stages in this JVM read; the memory phase's stage JVMs get
        // only these overrides, and must replay with the same settings as the pipeline phase.
        for (String stage : List.of("streams", "sink")) {
            if (base.getBoolean(StageSettings.catchUpKey(stage), false)) o.put(StageSettings.catchUpKey(stage), "true");
        }
        return new PhaseLayout(phase, base.with(o), Map.copyOf(o), Map.copyOf(clientProperties));
    }

    /**
     * This phase reading the tagged and duplicates topics another phase's streams stage wrote, instead of its own:
     * a sink of its own (application id, state, aggregates topic) over the same input.
     */
    public PhaseLayout readingSinkInputsOf(PhaseLayout upstream) {
        Map<String, String> o = new LinkedHashMap<>(overrides);
        o.put("newsagg.topic.tagged", upstream.topics().tagged());
        o.put("newsagg.topic.duplicates", upstream.topics().duplicates());
        return new PhaseLayout(name, settings.with(o), Map.copyOf(o), clientProperties);
    }

    public Topics topics() {
        return Topics.from(settings);
    }

    public String streamsApplicationId() {
        return overrides.get("newsagg.streams.application-id");
    }

    public String sinkApplicationId() {
        return overrides.get("newsagg.sink.application-id");
    }

    /**
     * A topic of this phase named without the phase's prefix ({@code bench-<run>-<phase>.}): {@code news.tagged},
     * {@code streams-tag-repartition}, so that two phases' topics compare by name.
     */
    public String withoutPrefix(String topic) {
        String app = streamsApplicationId();
        String prefix = app.substring(0, app.length() - "streams".length());
        return topic.startsWith(prefix) ? topic.substring(prefix.length()) : topic;
    }

    /** The internal topics (repartition and changelog) of both stages, by the prefix Kafka Streams gives them. */
    public boolean isInternal(String topic) {
        return topic.startsWith(streamsApplicationId() + "-") || topic.startsWith(sinkApplicationId() + "-");
    }

    /** Creates the phase's pipeline topics with the layout the stages expect. */
    public void createTopics() {
        try (Admin admin = Admin.create(clientProperties)) {
            TopicAdmin topics = new TopicAdmin(admin);
            TopicLayout layout = TopicLayout.from(settings);
            topics.create(layout);
            List<String> problems = topics.check(layout);
            if (!problems.isEmpty()) throw new IllegalStateException(String.join("; ", problems));
        }
    }

    /** Partitions of the raw topic, which the pass-through reference copies. */
    public int rawPartitions() {
        return TopicLayout.from(settings).topics().stream().filter(t -> t.name().equals(topics().raw()))
                .findFirst().orElseThrow().partitions();
    }
}
