package org.newsagg.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.runtime.SourceTopics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkMetrics;
import org.newsagg.sink.aggregate.AggregateTopology;
import org.newsagg.streams.DedupeAndTagTopology;
import org.newsagg.streams.StageMetrics;
import org.newsagg.streams.StreamsStageConfig;

/**
 * Every topic each stage's consumer group reads, from the topologies the stages run with these settings: the
 * external inputs first, then the internal repartition topics under their real names. What a drain check waits for
 * and what {@code status} reports, without guessing internal topics from their names (a guess misses the ones
 * Streams has not created yet).
 */
public final class StageSourceTopics {

    private StageSourceTopics() {}

    /** Application id (consumer group) to its source topics, streams stage first. */
    public static Map<String, List<String>> byGroup(Settings settings) {
        StreamsStageConfig streams = StreamsStageConfig.from(settings);
        SinkConfig sink = SinkConfig.from(settings);
        Topics t = Topics.from(settings);
        List<String> streamsInputs = List.of(t.raw());
        List<String> sinkInputs = List.of(t.tagged(), t.duplicates());
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(streams.stage().applicationId(), externalFirst(streamsInputs, SourceTopics.of(
                DedupeAndTagTopology.build(streams, StageMetrics.noop()), streams.stage().applicationId(), streamsInputs)));
        out.put(sink.stage().applicationId(), externalFirst(sinkInputs, SourceTopics.of(
                AggregateTopology.build(sink, SinkMetrics.noop()), sink.stage().applicationId(), sinkInputs)));
        return out;
    }

    private static List<String> externalFirst(List<String> external, List<String> all) {
        List<String> ordered = new ArrayList<>(external);
        all.stream().filter(t -> !external.contains(t)).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
