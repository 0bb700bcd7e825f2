package org.newsagg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.Json;

/**
 * Where a phase's articles ended up, read from the output topics only (never from a stage's internals): every raw
 * record is either tagged, a duplicate, or a dead letter.
 *
 * @param tagged            records on the tagged topic
 * @param exactDuplicates   duplicates with verdict exact
 * @param nearDuplicates    duplicates with verdict near
 * @param deadLetters       records on the dead-letter topic
 * @param aggregateLogEnd   sum of the aggregates topic's end offsets (updates plus transaction markers)
 */
public record PipelineOutput(long tagged, long exactDuplicates, long nearDuplicates, long deadLetters,
        long aggregateLogEnd) {

    public long accountedFor() {
        return tagged + exactDuplicates + nearDuplicates + deadLetters;
    }

    public static PipelineOutput read(PhaseLayout layout, Duration timeout) {
        var t = layout.topics();
        Map<String, Object> props = layout.clientProperties();
        long tagged = TopicSnapshot.readAll(props, t.tagged(), ignoring(), timeout).size();
        var verdicts = TopicSnapshot.readAll(props, t.duplicates(), verdict(), timeout);
        long exact = verdicts.stream().filter(r -> DuplicateArticle.EXACT.equals(r.value())).count();
        long near = verdicts.stream().filter(r -> DuplicateArticle.NEAR.equals(r.value())).count();
        long dlq = TopicSnapshot.readAll(props, t.dlq(), ignoring(), timeout).size();
        return new PipelineOutput(tagged, exact, near, dlq, endOffsets(layout, t.aggregates()));
    }

    /** Counts without keeping the values: a tagged run of a million articles must not be held in memory. */
    private static Deserializer<String> ignoring() {
        return (topic, bytes) -> "";
    }

    private static Deserializer<String> verdict() {
        return (topic, bytes) -> {
            try {
                return Json.MAPPER.readTree(bytes).path("verdict").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static long endOffsets(PhaseLayout layout, String topic) {
        try (Admin admin = Admin.create(layout.clientProperties())) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get()
                    .values().stream().mapToLong(o -> o.offset()).sum();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topic + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
