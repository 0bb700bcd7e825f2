package org.newsagg.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.model.Aggregate;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.NewsSerdes;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;

/**
 * What a pipeline run left on its output topics, read once both stages have drained: the newest value per key of the
 * aggregates topic, and every record of the tagged, duplicates and dead-letter topics. The exactness tests compare
 * these across runs and count them against the archive they replayed.
 */
record PipelineOutputs(Map<String, Aggregate> aggregates, List<TaggedArticle> tagged, List<DuplicateArticle> duplicates,
        List<ConsumerRecord<String, byte[]>> deadLetters) {

    /** Reads each topic to its end as it is now; {@code client} holds at least {@code bootstrap.servers}. */
    static PipelineOutputs read(Map<String, Object> client, Topics topics) {
        Duration read = Duration.ofSeconds(30);
        return new PipelineOutputs(
                TopicSnapshot.latestByKey(client, topics.aggregates(), NewsSerdes.aggregate(), read),
                TopicSnapshot.readAll(client, topics.tagged(), NewsSerdes.tagged(), read).stream()
                        .map(ConsumerRecord::value).toList(),
                TopicSnapshot.readAll(client, topics.duplicates(), NewsSerdes.duplicate(), read).stream()
                        .map(ConsumerRecord::value).toList(),
                TopicSnapshot.readAll(client, topics.dlq(), new ByteArrayDeserializer(), read));
    }
}
