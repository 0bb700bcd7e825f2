package org.newsagg.bench;

import java.util.Map;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsagg.ingest.publish.ProducerBatching;
import org.newsagg.model.Article;
import org.newsagg.model.NewsSerdes;

/**
 * Sends benchmark articles the way ingest does (key = id, JSON value, record timestamp = publication time,
 * idempotent, acks=all, ingest's {@link ProducerBatching}), so the reference and the pipeline runs pay the same
 * producer cost as a replay.
 */
public final class ArticleProducer implements AutoCloseable {

    private final KafkaProducer<String, Article> producer;

    public ArticleProducer(Map<String, Object> clientProperties) {
        Map<String, Object> config = new java.util.HashMap<>(clientProperties);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, ProducerBatching.DEFAULT.linger().toMillis());
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, ProducerBatching.DEFAULT.batchSizeBytes());
        this.producer = new KafkaProducer<>(config, new StringSerializer(), NewsSerdes.article());
    }

    public void send(String topic, Article article, Callback callback) {
        producer.send(new ProducerRecord<>(topic, null, article.published().toEpochMilli(), article.id(), article),
                callback);
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
