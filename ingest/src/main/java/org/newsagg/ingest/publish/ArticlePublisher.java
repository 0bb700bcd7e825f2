package org.newsagg.ingest.publish;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsagg.model.Article;
import org.newsagg.model.Json;

/**
 * Puts articles on the raw topic: key = article id (so one article always lands in one partition), value = the
 * article as JSON, record timestamp = publication time, or now for an article dated ahead of the clock (the broker would
 * refuse it; event time is in the value).
 * The producer is idempotent with acks=all, so retries never duplicate and an acknowledged article is stored.
 * Batches are sized by {@link ProducerBatching}, large enough that a replay is not paced by request round trips.
 */
public final class ArticlePublisher implements ArticleSink {

    private final Producer<String, String> producer;
    private final String topic;
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();

    /** With the default batching; kafkaProps: at least bootstrap.servers. */
    public ArticlePublisher(Map<String, Object> kafkaProps, String topic) {
        this(kafkaProps, topic, ProducerBatching.DEFAULT);
    }

    /**
     * kafkaProps: at least bootstrap.servers; the class sets idempotence, acks=all and the serializers, and takes
     * batch.size and linger.ms from {@code batching} unless kafkaProps names them (the raw client property wins).
     */
    public ArticlePublisher(Map<String, Object> kafkaProps, String topic, ProducerBatching batching) {
        this(new KafkaProducer<>(producerConfig(kafkaProps, batching)), topic);
    }

    ArticlePublisher(Producer<String, String> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    static Map<String, Object> producerConfig(Map<String, Object> kafkaProps, ProducerBatching batching) {
        Map<String, Object> config = new HashMap<>(kafkaProps);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, batching.batchSizeBytes());
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, batching.linger().toMillis());
        return config;
    }

    @Override
    public void publish(Article article) {
        send(article);
    }

    @Override
    public CompletableFuture<Void> send(Article article) {
        // Never later than now: brokers refuse timestamps over message.timestamp.after.max.ms (1 h) ahead of their
        // clock, and event time is in the value anyway, where the stages read it.
        long timestamp = Math.min(article.published().toEpochMilli(), System.currentTimeMillis());
        ProducerRecord<String, String> record = new ProducerRecord<>(
                topic, null, timestamp, article.id(), Json.write(article));
        CompletableFuture<Void> stored = new CompletableFuture<>();
        producer.send(record, (metadata, exception) -> {
            if (exception != null) {
                failed.incrementAndGet();
                lastError.set(article.id() + ": " + exception.getMessage());
                stored.completeExceptionally(exception);
            } else {
                acknowledged.incrementAndGet();
                stored.complete(null);
            }
        });
        return stored;
    }

    /** Articles the broker has acknowledged since this publisher was made: stored, for sure. */
    public long acknowledged() {
        return acknowledged.get();
    }

    /** Waits for every send; throws if any article since the last flush was not stored. */
    @Override
    public void flush() {
        producer.flush();
        long failures = failed.getAndSet(0);
        if (failures > 0) {
            throw new IllegalStateException(failures + " articles were not published to " + topic
                    + "; last error: " + lastError.get());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
