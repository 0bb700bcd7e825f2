package org.newsagg.bench;

import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * How many times each stage committed over a phase. The record caches combine a window's or a term's changes only
 * between two commits, so the changelog and aggregate records per article follow the articles per commit: this is
 * what tells a difference of cadence from a difference of work when the pipeline and the reference are compared.
 */
public record StageCommits(long streams, long sink) {

    /** Commits a Kafka Streams application's stream threads have made ({@code commit-total}). */
    public static long of(KafkaStreams app) {
        long total = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : app.metrics().entrySet()) {
            MetricName name = e.getKey();
            if (name.name().equals("commit-total") && name.group().equals("stream-thread-metrics")) {
                total += Math.round(((Number) e.getValue().metricValue()).doubleValue());
            }
        }
        return total;
    }

    public StageCommits since(StageCommits before) {
        return new StageCommits(streams - before.streams, sink - before.sink);
    }
}
