package org.newsagg.app.cli;

import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;

/**
 * What a stage does before it starts: with {@code newsagg.topics.create} (or on the demo's own broker) it creates
 * the topics; else it checks them and refuses to start, saying what is wrong, when they are missing or misconfigured.
 */
final class TopicPreflight {

    private TopicPreflight() {}

    static boolean ready(KafkaConnection conn) {
        try (Admin admin = Admin.create(conn.clientProperties())) {
            TopicAdmin topics = new TopicAdmin(admin);
            TopicLayout layout = TopicLayout.from(conn.settings());
            boolean create = conn.embedded() != null || conn.settings().getBoolean("newsagg.topics.create", false);
            if (create) topics.create(layout);
            List<String> problems = topics.check(layout);
            problems.forEach(p -> System.err.println("cannot start: " + p));
            return problems.isEmpty();
        }
    }
}
