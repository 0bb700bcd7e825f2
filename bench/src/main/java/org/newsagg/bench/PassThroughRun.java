package org.newsagg.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsagg.model.Article;
import org.newsagg.model.NewsSerdes;

/**
 * The reference the pipeline is measured against: the same records produced to a topic with the raw topic's
 * partitions and consumed back with the same JSON serdes, timed from the first send to the last record read.
 */
public final class PassThroughRun {

    private final PhaseLayout layout;
    private final Duration timeout;

    public PassThroughRun(PhaseLayout layout, Duration timeout) {
        this.layout = layout;
        this.timeout = timeout;
    }

    public Throughput run(List<GeneratedArticle> corpus) {
        String topic = layout.topics().raw() + ".passthrough";
        int partitions = layout.rawPartitions();
        try (Admin admin = Admin.create(layout.clientProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create " + topic + ": " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Map<String, Object> props = new HashMap<>(layout.clientProperties());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        AtomicLong lastRead = new AtomicLong();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), NewsSerdes.article());
                ArticleProducer producer = new ArticleProducer(layout.clientProperties())) {
            List<TopicPartition> tps = java.util.stream.IntStream.range(0, partitions)
                    .mapToObj(p -> new TopicPartition(topic, p)).toList();
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            tps.forEach(consumer::position);
            CompletableFuture<Long> reader = CompletableFuture.supplyAsync(() -> read(consumer, corpus.size(), lastRead));
            long start = System.nanoTime();
            for (GeneratedArticle g : corpus) producer.send(topic, g.article(), null);
            producer.flush();
            long read = reader.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return Throughput.of(read, lastRead.get() - start);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("pass-through did not read back " + corpus.size() + " records within " + timeout, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("pass-through reader failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private long read(KafkaConsumer<String, Article> consumer, int expected, AtomicLong lastRead) {
        long count = 0;
        Instant deadline = Instant.now().plus(timeout);
        while (count < expected && Instant.now().isBefore(deadline)) {
            var records = consumer.poll(Duration.ofMillis(100));
            // Deserialize every value, as a real consumer would: the serde cost belongs to the reference.
            for (var r : records) {
                if (r.value() != null) count++;
            }
            if (!records.isEmpty()) lastRead.set(System.nanoTime());
        }
        return count;
    }
}
