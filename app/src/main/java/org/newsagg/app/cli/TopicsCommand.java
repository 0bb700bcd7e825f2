package org.newsagg.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.KafkaOptions;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Creates (create) or verifies (check) every topic with its intended partitions, retention and compaction.")
public final class TopicsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "create|check", description = "create or check")
    String action;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        try (KafkaConnection conn = kafka.connect(); Admin admin = Admin.create(conn.clientProperties())) {
            TopicAdmin topics = new TopicAdmin(admin);
            TopicLayout layout = TopicLayout.from(conn.settings());
            switch (action) {
                case "create" -> {
                    List<String> created = topics.create(layout);
                    System.out.println(created.isEmpty() ? "all topics exist" : "created " + String.join(", ", created));
                    List<String> problems = topics.check(layout);
                    problems.forEach(p -> System.err.println("problem: " + p));
                    return problems.isEmpty() ? 0 : 1;
                }
                case "check" -> {
                    List<String> problems = topics.check(layout);
                    if (problems.isEmpty()) System.out.println("all " + layout.topics().size() + " topics as intended");
                    problems.forEach(p -> System.err.println("problem: " + p));
                    return problems.isEmpty() ? 0 : 1;
                }
                default -> {
                    System.err.println("unknown action '" + action + "': use create or check");
                    return 2;
                }
            }
        }
    }
}
