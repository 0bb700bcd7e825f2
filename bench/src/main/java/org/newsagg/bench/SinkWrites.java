package org.newsagg.bench;

import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * What the sink stage wrote, counted by its producers ({@code record-send-total} per topic), for a number of raw
 * articles: the sink's write amplification. Counted at the producer because the aggregates topic is compacted: by
 * the time it is read back, the log cleaner may already have removed superseded updates.
 *
 * @param articles     raw records behind these writes
 * @param aggregates   records sent to the aggregates topic
 * @param changelogs   records sent to the sink's store changelogs (aggregates, distinct marks, join, trending...)
 * @param repartitions records sent to its internal repartition topics (one per contribution to {@code by-key}...)
 */
public record SinkWrites(long articles, long aggregates, long changelogs, long repartitions) {

    public static SinkWrites of(KafkaStreams sink, String aggregatesTopic, long articles) {
        long aggregates = 0;
        long changelogs = 0;
        long repartitions = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : sink.metrics().entrySet()) {
            MetricName name = e.getKey();
            if (!name.name().equals("record-send-total") || !name.group().equals("producer-topic-metrics")) continue;
            String topic = name.tags().get("topic");
            long sent = Math.round(((Number) e.getValue().metricValue()).doubleValue());
            if (topic.equals(aggregatesTopic)) aggregates += sent;
            else if (topic.endsWith("-changelog")) changelogs += sent;
            else if (topic.endsWith("-repartition")) repartitions += sent;
        }
        return new SinkWrites(articles, aggregates, changelogs, repartitions);
    }

    public double aggregatesPerArticle() {
        return articles == 0 ? 0 : (double) aggregates / articles;
    }

    public double changelogsPerArticle() {
        return articles == 0 ? 0 : (double) changelogs / articles;
    }
}
