package org.newsagg.bench.profile;

import java.util.List;

/**
 * Sorts a sampled stack into one group: the first group, read from the leaf, that owns a frame. A sample in
 * {@code TreeMap.get} called by Kafka Streams' record cache is the record cache's; one in a {@code HashMap} called by
 * the evidence recorder is the evidence's. Frames no group owns pass the sample to their caller: the JDK's, Kafka's
 * shared utilities ({@code org.apache.kafka.common}: checksums, buffers, records) and the project's data model and
 * runtime helpers, which work for whoever calls them. This is how
 * docs/benchmarks.md's profile tables were made by hand before (issue 18's third round), now in code so that the
 * tables can be made again with one command.
 */
public final class SampleGroups {

    private static final String RECORD_CACHE = "record cache (Kafka Streams)";
    private static final String METRICS = "Kafka metrics";
    /** How far up from a metrics frame the record cache is looked for. */
    private static final int CALLERS_SEEN = 2;

    /** What a sample none of whose frames any group owns is counted as: JDK code called by the JDK, threads' roots. */
    public static final String OTHER = "other (JDK, thread plumbing)";

    /**
     * The groups for the two stages' stream threads. The order decides a frame two groups could claim: the
     * project's serdes before its packages, Kafka Streams' caching, RocksDB, producer and metrics layers before
     * Kafka Streams as a whole.
     */
    public static final SampleGroups STAGE_THREADS = new SampleGroups(List.of(
            new SampleGroup("newsagg serdes (binary formats, their JSON)", List.of(), List.of("Serde", "BinaryReads")),
            SampleGroup.of(RECORD_CACHE,
                    "org.apache.kafka.streams.state.internals.ThreadCache",
                    "org.apache.kafka.streams.state.internals.NamedCache",
                    "org.apache.kafka.streams.state.internals.Caching",
                    "org.apache.kafka.streams.state.internals.MergedSortedCache",
                    "org.apache.kafka.streams.state.internals.FilteredCacheIterator",
                    "org.apache.kafka.streams.state.internals.LRUCacheEntry",
                    "org.apache.kafka.streams.state.internals.TimestampedCacheFlushListener"),
            SampleGroup.of("RocksDB", "org.rocksdb.", "org.apache.kafka.streams.state.internals.RocksDB",
                    "org.apache.kafka.streams.state.internals.AbstractRocksDB",
                    "org.apache.kafka.streams.state.internals.AbstractDualSchemaRocksDB",
                    "org.apache.kafka.streams.state.internals.AbstractSegments",
                    "org.apache.kafka.streams.state.internals.KeyValueSegment",
                    "org.apache.kafka.streams.state.internals.TimestampedSegment"),
            SampleGroup.of("in-memory stores", "org.apache.kafka.streams.state.internals.InMemory"),
            SampleGroup.of("producer sends", "org.apache.kafka.clients.producer.",
                    "org.apache.kafka.streams.processor.internals.RecordCollectorImpl",
                    "org.apache.kafka.streams.processor.internals.StreamsProducer"),
            SampleGroup.of("consumer polls", "org.apache.kafka.clients.consumer."),
            SampleGroup.of(METRICS, "org.apache.kafka.common.metrics.",
                    "org.apache.kafka.streams.processor.internals.metrics.",
                    "org.apache.kafka.streams.state.internals.metrics."),
            SampleGroup.of("JSON (Jackson)", "com.fasterxml.jackson."),
            SampleGroup.of("OpenNLP", "opennlp."),
            SampleGroup.of("tagging (newsagg)", "org.newsagg.streams.tagging."),
            SampleGroup.of("dedupe and stories (newsagg)", "org.newsagg.streams.dedupe."),
            new SampleGroup("evidence (newsagg)", List.of("org.newsagg.sink.evidence."), List.of("Evidence")),
            SampleGroup.of("trending (newsagg)", "org.newsagg.sink.trending."),
            SampleGroup.of("aggregates (newsagg)", "org.newsagg.sink.aggregate."),
            SampleGroup.of("other newsagg code", "org.newsagg.streams.", "org.newsagg.sink.", "org.newsagg.ingest.",
                    "org.newsagg.bench."),
            SampleGroup.of("Kafka Streams (processing, commits, other stores' layers)", "org.apache.kafka.streams."),
            SampleGroup.of("Kafka clients (other)", "org.apache.kafka.clients.")));

    private final List<SampleGroup> groups;

    public SampleGroups(List<SampleGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    public List<SampleGroup> groups() {
        return groups;
    }

    /** The group of a stack given leaf first, as class names; {@link #OTHER} when no group owns any frame. */
    public String classify(List<String> classesLeafFirst) {
        for (int i = 0; i < classesLeafFirst.size(); i++) {
            SampleGroup owner = owner(classesLeafFirst.get(i));
            if (owner == null) continue;
            if (owner.name().equals(METRICS)) {
                // The record cache counts its hits in a sensor on every read; samples that land there (the cache's
                // map lookups stall on memory, and the sample skids into the next call) are the cache's work.
                for (int j = i + 1; j < Math.min(i + 1 + CALLERS_SEEN, classesLeafFirst.size()); j++) {
                    SampleGroup caller = owner(classesLeafFirst.get(j));
                    if (caller != null && caller.name().equals(RECORD_CACHE)) return RECORD_CACHE;
                }
            }
            return owner.name();
        }
        return OTHER;
    }

    private SampleGroup owner(String className) {
        for (SampleGroup g : groups) {
            if (g.owns(className)) return g;
        }
        return null;
    }
}
