package org.newsagg.bench;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Records a Kafka Streams application's producers have sent to each topic ({@code record-send-total}): records,
 * not offsets, so no transaction markers, and the same unit as what the in-process reference's drivers produce.
 * Counted at the producer because the output topics are compacted: read back, the log cleaner may already have
 * removed superseded updates.
 */
final class ProducedRecords {

    private ProducedRecords() {}

    static SortedMap<String, Long> byTopic(KafkaStreams app) {
        SortedMap<String, Long> out = new TreeMap<>();
        for (Map.Entry<MetricName, ? extends Metric> e : app.metrics().entrySet()) {
            MetricName name = e.getKey();
            if (!name.name().equals("record-send-total") || !name.group().equals("producer-topic-metrics")) continue;
            out.merge(name.tags().get("topic"), Math.round(((Number) e.getValue().metricValue()).doubleValue()),
                    Long::sum);
        }
        return out;
    }
}
