package org.newsagg.app.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.newsagg.cluster.ClusterCheck;
import org.newsagg.cluster.KafkaConnection;

/**
 * What a command that publishes articles checks before its first send, once {@code KafkaOptions.connect()} found the
 * cluster answering: that the topic exists. Without it a producer waits for metadata up to {@code max.block.ms} per
 * article: a replay to a cluster without the topic printed nothing for minutes and then reported success.
 */
final class PublishPreflight {

    /** How long the cluster has to describe the topic. */
    static final Duration TIMEOUT = ClusterCheck.TIMEOUT;

    private PublishPreflight() {}

    /**
     * Null when {@code topic} exists (or the command may create it: {@code mayCreate}); else the one line that says
     * why not, naming the address and the cause.
     */
    static String problem(KafkaConnection conn, String topic, boolean mayCreate) {
        if (mayCreate) return null;
        String address = conn.bootstrapServers();
        try (Admin admin = Admin.create(ClusterCheck.adminProperties(conn.clientProperties()))) {
            admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return "topic " + topic + " does not exist on " + address
                        + ": run newsagg topics create, or set newsagg.topics.create=true";
            }
            return "cannot use topic " + topic + " on " + address + " (" + e.getCause().getMessage() + ")";
        } catch (java.util.concurrent.TimeoutException e) {
            return "the Kafka cluster at " + address + " did not describe topic " + topic + " within "
                    + TIMEOUT.toSeconds() + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while checking the Kafka cluster at " + address;
        }
    }
}
