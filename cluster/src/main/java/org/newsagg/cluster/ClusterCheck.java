package org.newsagg.cluster;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Whether a cluster answers, asked once before a command starts its work. Without it a wrong address showed as
 * 30 to 60 s of silence and then a client's internal message ({@code Timed out waiting for a node assignment. Call:
 * listTopics}) or {@code null}; with it the command fails within {@link #TIMEOUT}, naming the address and where it
 * came from.
 */
public final class ClusterCheck {

    /** How long the cluster has to answer. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ClusterCheck() {}

    /** A cluster that did not answer: the message is the one line the user sees. */
    public static final class UnreachableClusterException extends RuntimeException {
        UnreachableClusterException(String message) {
            super(message);
        }
    }

    /**
     * Returns when the cluster at {@code address} answers a describe-cluster request with {@code clientProperties}
     * (its TLS and SASL settings included); else throws, saying what to do.
     */
    public static void requireReachable(ClusterAddress address, Map<String, Object> clientProperties) {
        String problem = problem(address.servers(), clientProperties);
        if (problem == null) return;
        String hint = address.origin().startsWith("the default")
                ? "start one with ./newsagg broker, or give the cluster's address with --bootstrap-servers"
                : "check the address (given by " + address.origin() + ") and that the brokers are up";
        throw new UnreachableClusterException("cannot reach Kafka at " + address.servers() + ": " + problem + ". "
                + capitalized(hint) + ".");
    }

    /** Null when the cluster at {@code servers} answered within {@link #TIMEOUT}; else why not, in plain words. */
    public static String problem(String servers, Map<String, Object> clientProperties) {
        Map<String, Object> props = adminProperties(clientProperties);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        Admin admin;
        try {
            admin = Admin.create(props);
        } catch (KafkaException e) {
            return e.getCause() instanceof ConfigException c && c.getMessage().contains("resolvable")
                    ? "no host of that address resolves"
                    : "the client settings are refused (" + rootMessage(e) + ")";
        }
        try (admin) {
            admin.describeCluster().clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return explain(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            return explain(new TimeoutException(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting for an answer";
        }
    }

    /** Admin client properties whose calls give up after {@link #TIMEOUT}, as a user waiting at a prompt expects. */
    public static Map<String, Object> adminProperties(Map<String, Object> clientProperties) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return props;
    }

    private static String explain(Throwable cause) {
        if (cause instanceof TimeoutException) return "no broker answered within " + TIMEOUT.toSeconds() + " s";
        if (cause instanceof AuthenticationException) return "authentication failed (" + rootMessage(cause) + ")";
        if (cause instanceof AuthorizationException) return "not authorized to describe the cluster";
        return rootMessage(cause);
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        return c.getMessage() != null ? c.getMessage() : t.getMessage() != null ? t.getMessage() : "no reason given";
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
