package org.newsagg.bench;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;

/**
 * What the sink stage wrote, counted by its producers ({@link ProducedRecords}), for a number of raw articles: the
 * sink's write amplification.
 *
 * @param articles     raw records behind these writes
 * @param aggregates   records sent to the aggregates topic
 * @param changelogs   records sent to the sink's store changelogs (aggregates, distinct marks, join, trending...)
 * @param repartitions records sent to its internal repartition topics ({@code by-key}, {@code by-dimension}...)
 * @param byTopic      records sent to each topic: where the totals come from
 */
public record SinkWrites(long articles, long aggregates, long changelogs, long repartitions,
        SortedMap<String, Long> byTopic) {

    public SinkWrites {
        byTopic = new TreeMap<>(byTopic);
    }

    public static SinkWrites of(KafkaStreams sink, String aggregatesTopic, long articles) {
        long aggregates = 0;
        long changelogs = 0;
        long repartitions = 0;
        SortedMap<String, Long> byTopic = ProducedRecords.byTopic(sink);
        for (Map.Entry<String, Long> e : byTopic.entrySet()) {
            String topic = e.getKey();
            long sent = e.getValue();
            if (topic.equals(aggregatesTopic)) aggregates += sent;
            else if (topic.endsWith("-changelog")) changelogs += sent;
            else if (topic.endsWith("-repartition")) repartitions += sent;
        }
        return new SinkWrites(articles, aggregates, changelogs, repartitions, byTopic);
    }

    public double aggregatesPerArticle() {
        return articles == 0 ? 0 : (double) aggregates / articles;
    }

    /** Records per article sent to each topic. */
    public SortedMap<String, Double> perArticleByTopic() {
        SortedMap<String, Double> out = new TreeMap<>();
        byTopic.forEach((t, n) -> out.put(t, articles == 0 ? 0 : (double) n / articles));
        return out;
    }

    public double changelogsPerArticle() {
        return articles == 0 ? 0 : (double) changelogs / articles;
    }
}
