package org.newsagg.sink.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.newsagg.model.Aggregate;
import org.newsagg.runtime.StoreKind;
import org.newsagg.sink.aggregate.AggregateStores;
import org.newsagg.sink.aggregate.WindowAccumulator;
import org.newsagg.sink.aggregate.WindowAccumulatorSerde;
import org.newsagg.sink.aggregate.WindowSpec;
import org.newsagg.sink.trending.TrendingStores;

/**
 * How long top-N and the other queries take over large aggregate stores: writes synthetic window values straight
 * into the sink's RocksDB window stores in one commit (the topology test driver commits, and so flushes RocksDB, after
 * every record, which would make a store filled article by article unrealistically fragmented), then times each
 * query. Prints numbers; asserts nothing.
 * {@code java -cp <test classpath> org.newsagg.sink.query.TopQueryBenchmark [keysPerDimension] [hours] [activeShare]}
 */
public final class TopQueryBenchmark {

    private static final List<WindowSpec> WINDOWS = WindowSpec.parseList(WindowSpec.DEFAULTS);
    private static final List<String> DIMENSIONS = List.of("actor", "dyad", "country", "outlet");

    private TopQueryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int hours = args.length > 1 ? Integer.parseInt(args[1]) : 72;
        double active = args.length > 2 ? Double.parseDouble(args[2]) : 0.3;
        Instant origin = Instant.parse("2025-03-01T00:00:00Z");

        StreamsBuilder builder = new StreamsBuilder();
        // The sink's family stores as its windowed aggregations build them: timestamped, one advance per window.
        for (WindowSpec w : WINDOWS) {
            builder.addStateStore(Stores.timestampedWindowStoreBuilder(Stores.persistentTimestampedWindowStore(
                    AggregateStores.aggregates(w), Duration.ofDays(7), w.advance(), false), Serdes.String(),
                    new WindowAccumulatorSerde()));
        }
        builder.addStateStore(NewestEventTracker.store(StoreKind.ROCKS_DB));
        TrendingStores.all(Duration.ofHours(1), StoreKind.ROCKS_DB).forEach(builder::addStateStore);
        List<String> stores = new java.util.ArrayList<>(WINDOWS.stream().map(AggregateStores::aggregates).toList());
        stores.add(NewestEventTracker.STORE);
        builder.stream("fill", Consumed.with(Serdes.String(), Serdes.String()))
                .process(() -> new Filler(keys, hours, active, origin), stores.toArray(String[]::new));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("newsagg-top-bench").toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            long t0 = System.nanoTime();
            driver.createInputTopic("fill", Serdes.String().serializer(), Serdes.String().serializer())
                    .pipeInput("go", "go", origin);
            System.out.printf("filled: %d keys x %d dimensions, %d hours, %.0f%% of key-hours active: %d window values in %.1fs%n",
                    keys, DIMENSIONS.size(), hours, active * 100, Filler.written, (System.nanoTime() - t0) / 1e9);
            LocalReadModel model = new LocalReadModel(driver::<String, WindowAccumulator>getWindowStore,
                    () -> driver.getKeyValueStore(NewestEventTracker.STORE),
                    () -> driver.getKeyValueStore(TrendingStores.LATEST),
                    () -> driver.<String, Integer>getWindowStore(AggregateStores.DISTINCT),
                    () -> driver.getKeyValueStore(AggregateStores.HOPPING_OPENED), WINDOWS);
            Instant day = model.latestWindowStart("24h").orElseThrow();
            Instant hour = model.latestWindowStart("1h").orElseThrow();
            QueryBenchmark.time("top(actor, 24h, current, 10)", 30, () -> model.top("actor", "24h", day, 10));
            QueryBenchmark.time("top(dyad, 24h, current, 10)", 30, () -> model.top("dyad", "24h", day, 10));
            QueryBenchmark.time("top(actor, 1h, current, 10)", 30, () -> model.top("actor", "1h", hour, 10));
            QueryBenchmark.time("windows(actor, one key, 1h, 24 windows)", 200,
                    () -> model.windows("actor", "K00007", "1h", hour.minus(Duration.ofHours(23)), hour));
            QueryBenchmark.time("latestWindowStart(24h)", 200, () -> model.latestWindowStart("24h"));
        }
    }

    /** Writes every window value a synthetic day of coverage would leave, in one go. */
    static final class Filler implements Processor<String, String, Void, Void> {
        static long written;
        private final int keys;
        private final int hours;
        private final double active;
        private final Instant origin;
        private final java.util.Map<WindowSpec, TimestampedWindowStore<String, WindowAccumulator>> stores =
                new java.util.HashMap<>();
        private KeyValueStore<String, Long> newest;

        Filler(int keys, int hours, double active, Instant origin) {
            this.keys = keys;
            this.hours = hours;
            this.active = active;
            this.origin = origin;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            for (WindowSpec w : WINDOWS) stores.put(w, context.getStateStore(AggregateStores.aggregates(w)));
            newest = context.getStateStore(NewestEventTracker.STORE);
        }

        @Override
        public void process(Record<String, String> record) {
            Random random = new Random(7);
            long last = 0;
            for (int h = 0; h < hours; h++) {
                for (String dimension : DIMENSIONS) {
                    for (int k = 0; k < keys; k++) {
                        if (random.nextDouble() >= active) continue;
                        long ts = origin.plus(Duration.ofHours(h)).toEpochMilli() + random.nextInt(3_600_000);
                        last = Math.max(last, ts);
                        String key = String.format("K%05d", k);
                        for (WindowSpec w : WINDOWS) {
                            TimestampedWindowStore<String, WindowAccumulator> store = stores.get(w);
                            for (long start : w.windowStartsFor(ts)) {
                                String storeKey = dimension + "|" + key;
                                ValueAndTimestamp<WindowAccumulator> before = store.fetch(storeKey, start);
                                long n = before == null ? 1 : before.value().articles() + 1;
                                store.put(storeKey, ValueAndTimestamp.make(new WindowAccumulator(n, n, 1, 0, 0, 0L,
                                        Instant.ofEpochMilli(ts), Instant.ofEpochMilli(ts),
                                        List.of(new Aggregate.Sample("t", "u", "s")), List.of(Instant.ofEpochMilli(ts))),
                                        start), start);
                                written++;
                            }
                        }
                    }
                }
            }
            newest.put("0_0", last);
        }
    }
}
