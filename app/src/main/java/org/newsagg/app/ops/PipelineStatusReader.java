package org.newsagg.app.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsagg.cluster.StageSourceTopics;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.runtime.DeletedInputGuard.Gap;
import org.newsagg.runtime.DeletedInputGuard;
import org.newsagg.runtime.TopicOffsets;

/**
 * Gathers {@link PipelineStatus} from the cluster: topic end offsets and committed group offsets through the admin
 * client, dead-letter reasons by reading the dead-letter topic's headers.
 */
public final class PipelineStatusReader {

    private final Map<String, Object> clientProps;
    private final Topics topics;
    /** Stage group (application id) to every topic it reads, internal repartition topics included. */
    private final Map<String, List<String>> stageInputs;
    private final Duration timeout;

    public PipelineStatusReader(Map<String, Object> clientProps, Topics topics, Map<String, List<String>> stageInputs,
            Duration timeout) {
        this.clientProps = clientProps;
        this.topics = topics;
        this.stageInputs = stageInputs;
        this.timeout = timeout;
    }

    /** The pipeline's stages as the settings name them, with the topics their topologies read. */
    public static PipelineStatusReader of(Settings settings, Map<String, Object> clientProps, Duration timeout) {
        return new PipelineStatusReader(clientProps, Topics.from(settings), StageSourceTopics.byGroup(settings), timeout);
    }

    public PipelineStatus read() {
        try (Admin admin = Admin.create(clientProps)) {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, List<String>> inputsByGroup = new LinkedHashMap<>();
            List<String> shown = new ArrayList<>(topics.all().stream().filter(existing::contains).toList());
            stageInputs.forEach((group, inputs) -> {
                // A topic Streams has not created yet (or a stage not started) is simply not shown.
                List<String> all = inputs.stream().filter(existing::contains).toList();
                inputsByGroup.put(group, all);
                all.stream().filter(n -> !shown.contains(n)).forEach(shown::add);
            });
            Map<TopicPartition, Long> ends = TopicOffsets.of(admin, shown, OffsetSpec.latest(), timeout);
            Map<TopicPartition, Long> starts = TopicOffsets.of(admin, shown, OffsetSpec.earliest(), timeout);
            List<TopicStatus> topicStatus = shown.stream().map(name -> new TopicStatus(name, ends.entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(name))
                    .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(TopicPartition::partition)))
                    .map(Map.Entry::getValue).toList())).toList();
            List<GroupLag> lags = new ArrayList<>();
            for (var e : inputsByGroup.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(e.getKey())
                        .partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                List<Gap> gaps = DeletedInputGuard.gaps(starts, committed);
                for (String topic : e.getValue()) lags.add(lag(e.getKey(), topic, ends, committed, gaps));
            }
            Map<String, Long> dead = existing.contains(topics.dlq())
                    ? new DeadLetterScan(clientProps, topics.dlq(), timeout).countByReason() : new TreeMap<>();
            return new PipelineStatus(topicStatus, lags, dead);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the pipeline's status: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the pipeline's status", e);
        }
    }

    private static GroupLag lag(String group, String topic, Map<TopicPartition, Long> ends,
            Map<TopicPartition, OffsetAndMetadata> committed, List<Gap> gaps) {
        long sumCommitted = 0;
        long sumEnd = 0;
        long lag = 0;
        for (var e : ends.entrySet()) {
            if (!e.getKey().topic().equals(topic)) continue;
            OffsetAndMetadata c = committed.get(e.getKey());
            long position = c == null ? 0 : c.offset();
            sumCommitted += position;
            sumEnd += e.getValue();
            lag += Math.max(0, e.getValue() - position);
        }
        long deleted = gaps.stream().filter(g -> g.partition().topic().equals(topic)).mapToLong(Gap::records).sum();
        return new GroupLag(group, topic, sumCommitted, sumEnd, lag, deleted);
    }
}
