package org.newsagg.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Offers articles at a fixed rate and times each one from its append to the raw topic (the producer's send
 * callback, after the broker acknowledged it) to the first committed update of its own outlet's aggregate: every
 * article carries an outlet name no other record has, so the aggregate key says which article it counts.
 */
public final class LatencyRun {

    private static final String OUTLET_PREFIX = "outlet|";

    private final PhaseLayout layout;
    private final Duration timeout;

    public LatencyRun(PhaseLayout layout, Duration timeout) {
        this.layout = layout;
        this.timeout = timeout;
    }

    /**
     * Offers the corpus at {@code rate}; the articles of the first {@code warmup} are timed but kept out of the
     * percentiles. Freshly started stages make their first transactions, fetches and metadata look-ups then, and
     * take up to a few seconds to settle: a cost of starting, not of running at the rate.
     */
    public LatencySummary run(List<GeneratedArticle> corpus, double rate, Duration warmup) {
        int warmupArticles = (int) Math.min(corpus.size(), Math.round(rate * warmup.toMillis() / 1000.0));
        Set<String> warmupOutlets = new HashSet<>();
        for (int i = 0; i < warmupArticles; i++) warmupOutlets.add(corpus.get(i).article().source());
        Map<String, Long> appended = new ConcurrentHashMap<>();
        Map<String, Long> counted = new ConcurrentHashMap<>();
        AtomicBoolean offerDone = new AtomicBoolean();
        long offerNanos;
        try (RunningPipeline pipeline = RunningPipeline.start(layout, timeout);
                ArticleProducer producer = new ArticleProducer(layout.clientProperties())) {
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> readAggregates(counted, offerDone));
            String raw = layout.topics().raw();
            long intervalNanos = (long) (1e9 / rate);
            long start = System.nanoTime();
            for (int i = 0; i < corpus.size(); i++) {
                long due = start + i * intervalNanos;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
                String outlet = corpus.get(i).article().source();
                producer.send(raw, corpus.get(i).article(), (m, e) -> {
                    if (e == null) appended.put(outlet, System.nanoTime());
                });
            }
            producer.flush();
            offerNanos = System.nanoTime() - start;
            pipeline.awaitDrained(timeout);
            offerDone.set(true);
            reader.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("aggregate reader failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("aggregates not read to their end within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        long[] latencies = latencies(appended, counted, o -> !warmupOutlets.contains(o));
        long[] warm = latencies(appended, counted, warmupOutlets::contains);
        double warmupSeconds = warmupArticles / rate;
        return LatencySummary.of(corpus.size() - warmupArticles, rate, offerNanos / 1e9 - warmupSeconds, latencies,
                warmupSeconds, warm);
    }

    private static long[] latencies(Map<String, Long> appended, Map<String, Long> counted,
            Predicate<String> which) {
        return appended.entrySet().stream().filter(e -> which.test(e.getKey()) && counted.containsKey(e.getKey()))
                .mapToLong(e -> Math.max(0, counted.get(e.getKey()) - e.getValue())).toArray();
    }

    /** Notes when each marker outlet's first aggregate is read; after the drain, reads on to the topic's end. */
    private void readAggregates(Map<String, Long> counted, AtomicBoolean offerDone) {
        Map<String, Object> props = new HashMap<>(layout.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        String topic = layout.topics().aggregates();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> tps = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            Map<TopicPartition, Long> end = null;
            Instant deadline = Instant.now().plus(timeout);
            while (true) {
                for (var r : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    String key = r.key();
                    if (key != null && key.startsWith(OUTLET_PREFIX)) {
                        int bar = key.indexOf('|', OUTLET_PREFIX.length());
                        counted.putIfAbsent(key.substring(OUTLET_PREFIX.length(), bar < 0 ? key.length() : bar), now);
                    }
                }
                if (offerDone.get() && end == null) {
                    end = consumer.endOffsets(tps);
                    deadline = Instant.now().plus(timeout);
                }
                if (end != null && caughtUp(consumer, tps, end)) return;
                if (end != null && Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
                }
            }
        }
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, List<TopicPartition> tps,
            Map<TopicPartition, Long> end) {
        return tps.stream().allMatch(p -> consumer.position(p) >= end.getOrDefault(p, 0L));
    }
}
