package org.newsagg.app.reset;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.utils.Utils;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.runtime.StageSettings;
import org.newsagg.runtime.TopicOffsets;
import org.newsagg.sink.SinkConfig;
import org.newsagg.streams.StreamsStageConfig;

/**
 * Recomputes tags and aggregates from the topics upstream, after a dictionary change: the stage's Kafka Streams
 * application reset (Kafka's own tool), the outputs it wrote removed, and this machine's local state deleted, so
 * that the restarted stages compute what a fresh pipeline with the new dictionaries would.
 *
 * <ul>
 *   <li>{@link #sink()}: aggregates and trending again from news.tagged and news.duplicates.</li>
 *   <li>{@link #streams()}: tags, stories and copies again from news.raw, then the aggregates from those. The old
 *       tagged and duplicate records are deleted (they are delete-policy topics), or the sink would count both
 *       generations.</li>
 * </ul>
 *
 * Every step prints one line to {@code out}; warnings go to {@code err}.
 */
public final class PipelineReset {

    private final Settings settings;
    private final Map<String, Object> clientProps;
    private final Admin admin;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Duration timeout;
    private final Topics topics;

    public PipelineReset(Settings settings, Map<String, Object> clientProps, Admin admin, PrintWriter out,
            PrintWriter err, Duration timeout) {
        this.settings = settings;
        this.clientProps = clientProps;
        this.admin = admin;
        this.out = out;
        this.err = err;
        this.timeout = timeout;
        this.topics = Topics.from(settings);
    }

    /** {@code newsagg reset sink}. */
    public void sink() {
        StageSettings sink = SinkConfig.from(settings).stage();
        requireTopics();
        requireStopped(sink);
        resetSink(sink);
        out.println("done: start the sink stage again; on every other machine that ran it, delete "
                + sink.stateDir().resolve(sink.applicationId()) + " before it starts");
        out.flush();
    }

    /** {@code newsagg reset streams}: the streams stage and, after it, the sink. */
    public void streams() {
        StageSettings streams = StreamsStageConfig.from(settings).stage();
        StageSettings sink = SinkConfig.from(settings).stage();
        requireTopics();
        requireStopped(streams);
        requireStopped(sink);
        warnIfRawLostRecords();
        report(ApplicationReset.run(clientProps, streams.applicationId(), List.of(topics.raw()), topicNames()));
        // Before the sink's reset, so that its offsets go back to the new log start, past the old generation.
        deleteAllRecords(List.of(topics.tagged(), topics.duplicates()));
        resetSink(sink);
        deleteLocalState(streams);
        out.println("done: start the streams and sink stages again; on every other machine that ran them, delete "
                + streams.stateDir().resolve(streams.applicationId()) + " and "
                + sink.stateDir().resolve(sink.applicationId()) + " before they start");
        out.flush();
    }

    private void resetSink(StageSettings sink) {
        report(ApplicationReset.run(clientProps, sink.applicationId(), List.of(topics.tagged(), topics.duplicates()),
                topicNames()));
        for (String compacted : List.of(topics.aggregates(), topics.trending())) {
            int keys = CompactedTopicClearer.tombstoneAll(clientProps, compacted, timeout);
            out.println(compacted + ": " + keys + " keys tombstoned");
            out.flush();
        }
        deleteLocalState(sink);
    }

    /** A reset on the wrong cluster or topic names would find nothing to reset, and say so only in passing. */
    private void requireTopics() {
        Set<String> existing = topicNames();
        List<String> missing = topics.all().stream().filter(t -> !t.equals(topics.dlq()))
                .filter(t -> !existing.contains(t)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException((missing.size() == 1 ? "no topic " : "no topics ")
                    + String.join(", ", missing) + " on "
                    + clientProps.get("bootstrap.servers") + ": check --bootstrap-servers and the newsagg.topic.*"
                    + " settings (newsagg topics check)");
        }
    }

    /**
     * Refuses while any instance of the stage is in its group: it would go on writing what the reset removes, and
     * Kafka's tool cannot reset the offsets of a group with members.
     */
    void requireStopped(StageSettings stage) {
        String group = stage.applicationId();
        List<MemberDescription> members;
        try {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            members = List.copyOf(d.members());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) return;
            throw new IllegalStateException("cannot describe consumer group " + group + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw new IllegalStateException("cannot describe consumer group " + group + " within " + timeout, e);
        }
        if (!members.isEmpty()) throw new IllegalStateException(activeGroupMessage(stage.stage(), group, members));
    }

    /** Why the reset refuses: the group, how many members and on which hosts, and what to do. */
    static String activeGroupMessage(String stage, String group, Collection<MemberDescription> members) {
        String hosts = members.stream().map(MemberDescription::host).distinct().sorted()
                .collect(Collectors.joining(", "));
        return "consumer group " + group + " has " + members.size() + " active member" + (members.size() == 1 ? "" : "s")
                + " (" + hosts + "): stop every instance of the " + stage + " stage first (one that crashed leaves"
                + " the group after its session timeout, 45 s by default)";
    }

    /** Retention may have deleted articles: the recomputation covers only what news.raw still holds. */
    private void warnIfRawLostRecords() {
        Map<TopicPartition, Long> starts = offsets(List.of(topics.raw()), OffsetSpec.earliest());
        long deleted = starts.values().stream().mapToLong(Long::longValue).sum();
        if (deleted > 0) {
            err.println("warning: retention deleted the first " + deleted + " records of " + topics.raw()
                    + " (log start above 0): the recomputation covers only the articles it still holds");
            err.flush();
        }
    }

    /** Deletes every record of each topic up to its current end (a delete-policy topic: no key survives this). */
    private void deleteAllRecords(List<String> names) {
        Map<TopicPartition, Long> starts = offsets(names, OffsetSpec.earliest());
        Map<TopicPartition, Long> ends = offsets(names, OffsetSpec.latest());
        Map<TopicPartition, RecordsToDelete> request = new HashMap<>();
        ends.forEach((tp, end) -> request.put(tp, RecordsToDelete.beforeOffset(end)));
        try {
            admin.deleteRecords(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot delete the records of " + names + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw new IllegalStateException("cannot delete the records of " + names + " within " + timeout, e);
        }
        Map<String, long[]> byTopic = new TreeMap<>();
        ends.forEach((tp, end) -> {
            long[] v = byTopic.computeIfAbsent(tp.topic(), t -> new long[2]);
            v[0] += end - starts.get(tp);
            v[1]++;
        });
        // Offsets, not records: a transactional writer's commit markers take offsets too.
        byTopic.forEach((topic, v) -> out.println(topic + ": deleted up to its end, " + v[0]
                + " offsets (records and transaction markers) on " + v[1] + " partitions"));
        out.flush();
    }

    private void deleteLocalState(StageSettings stage) {
        Path dir = stage.stateDir().resolve(stage.applicationId());
        if (!Files.exists(dir)) {
            out.println("local state of " + stage.applicationId() + ": none on this machine (" + dir + ")");
        } else {
            try {
                Utils.delete(dir.toFile());
            } catch (IOException e) {
                throw new IllegalStateException("cannot delete the local state " + dir + ": " + e.getMessage(), e);
            }
            out.println("local state of " + stage.applicationId() + ": deleted " + dir);
        }
        out.flush();
    }

    private void report(ApplicationReset.Result r) {
        out.println("application " + r.applicationId() + ": offsets of " + String.join(", ", r.inputTopics())
                + " back to their start; " + (r.internalTopicsDeleted().isEmpty() ? "no internal topics"
                        : r.internalTopicsDeleted().size() + " internal topics deleted ("
                                + String.join(", ", r.internalTopicsDeleted()) + ")"));
        out.flush();
    }

    private Set<String> topicNames() {
        try {
            return admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw new IllegalStateException("cannot list topics within " + timeout, e);
        }
    }

    private Map<TopicPartition, Long> offsets(List<String> names, OffsetSpec spec) {
        try {
            return TopicOffsets.of(admin, names, spec, timeout);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + names + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw new IllegalStateException("cannot read the offsets of " + names + " within " + timeout, e);
        }
    }
}
