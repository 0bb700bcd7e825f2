package org.newsagg.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.metrics.KafkaMetric;

/**
 * A stage's producer that sends only what the broker accepts ({@link WritableRecords}): timestamps are clamped to
 * the wall clock, and a record too large is failed through its callback without touching the real producer, so the
 * transaction stays clean and the production exception handler ({@link DeadLetterProductionHandler}) dead-letters
 * it inside that transaction.
 */
final class WritableRecordsProducer implements Producer<byte[], byte[]> {

    private final Producer<byte[], byte[]> producer;
    private final WritableRecords limits;

    WritableRecordsProducer(Producer<byte[], byte[]> producer, WritableRecords limits) {
        this.producer = producer;
        this.limits = limits;
    }

    @Override
    public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
        return send(record, null);
    }

    @Override
    public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
        if (limits.tooLarge(record)) {
            RecordTooLargeException refused = new RefusedBeforeSend("a record of about "
                    + WritableRecords.size(record) + " bytes for " + record.topic() + " exceeds max.request.size ("
                    + limits.maxRequestSize() + " bytes)");
            TopicPartition tp = new TopicPartition(record.topic(), record.partition() == null ? -1 : record.partition());
            if (callback != null) callback.onCompletion(new RecordMetadata(tp, -1, -1, -1, -1, -1), refused);
            return CompletableFuture.failedFuture(refused);
        }
        return producer.send(WritableRecords.clamped(record, System.currentTimeMillis()), callback);
    }

    /** A record refused here, never sent: the transaction is unharmed, so a dead letter in its place commits. */
    static final class RefusedBeforeSend extends RecordTooLargeException {
        RefusedBeforeSend(String message) {
            super(message);
        }
    }

    @Override
    public void initTransactions() {
        producer.initTransactions();
    }

    @Override
    public void beginTransaction() {
        producer.beginTransaction();
    }

    @Override
    public void sendOffsetsToTransaction(Map<TopicPartition, OffsetAndMetadata> offsets,
            ConsumerGroupMetadata groupMetadata) {
        producer.sendOffsetsToTransaction(offsets, groupMetadata);
    }

    @Override
    public void commitTransaction() {
        producer.commitTransaction();
    }

    @Override
    public void abortTransaction() {
        producer.abortTransaction();
    }

    @Override
    public void registerMetricForSubscription(KafkaMetric metric) {
        producer.registerMetricForSubscription(metric);
    }

    @Override
    public void unregisterMetricFromSubscription(KafkaMetric metric) {
        producer.unregisterMetricFromSubscription(metric);
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public List<PartitionInfo> partitionsFor(String topic) {
        return producer.partitionsFor(topic);
    }

    @Override
    public Map<MetricName, ? extends Metric> metrics() {
        return producer.metrics();
    }

    @Override
    public Uuid clientInstanceId(Duration timeout) {
        return producer.clientInstanceId(timeout);
    }

    @Override
    public void close() {
        producer.close();
    }

    @Override
    public void close(Duration timeout) {
        producer.close(timeout);
    }
}
