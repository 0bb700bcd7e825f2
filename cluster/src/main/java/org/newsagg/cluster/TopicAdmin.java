package org.newsagg.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates and checks the pipeline's topics against their {@link TopicLayout}. */
public final class TopicAdmin {

    private final Admin admin;

    public TopicAdmin(Admin admin) {
        this.admin = admin;
    }

    /** Creates the missing topics; returns the names created. */
    public List<String> create(TopicLayout layout) {
        Set<String> existing = existing();
        List<NewTopic> missing = layout.topics().stream().filter(t -> !existing.contains(t.name()))
                .map(t -> new NewTopic(t.name(), t.partitions(), t.replicationFactor()).configs(t.configs())).toList();
        List<String> created = new ArrayList<>();
        for (NewTopic t : missing) {
            try {
                admin.createTopics(List.of(t)).all().get();
                created.add(t.name());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + t.name() + ": " + e.getCause().getMessage(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating topics", e);
            }
        }
        awaitVisible(created);
        return created;
    }

    /** A created topic shows in metadata a moment later; wait for it so that a check right after sees it. */
    private void awaitVisible(List<String> names) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (!existing().containsAll(names)) {
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("topics " + names + " created but not visible after 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topics", e);
            }
        }
    }

    /** Problems with the topics as they are, one readable line each; empty when all is as intended. */
    public List<String> check(TopicLayout layout) {
        List<String> problems = new ArrayList<>();
        Set<String> existing = existing();
        List<TopicLayout.TopicSpec> present = new ArrayList<>();
        for (var spec : layout.topics()) {
            if (existing.contains(spec.name())) present.add(spec);
            else problems.add("topic " + spec.name() + " is missing (run: newsagg topics create)");
        }
        if (present.isEmpty()) return problems;
        try {
            Map<String, TopicDescription> descriptions = admin.describeTopics(
                    present.stream().map(TopicLayout.TopicSpec::name).toList()).allTopicNames().get();
            Map<ConfigResource, Config> configs = admin.describeConfigs(present.stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name())).toList()).all().get();
            Map<String, Integer> partitions = new java.util.HashMap<>();
            descriptions.forEach((name, d) -> partitions.put(name, d.partitions().size()));
            for (var spec : present) {
                TopicDescription d = descriptions.get(spec.name());
                if (d.partitions().size() < spec.partitions()) {
                    problems.add("topic " + spec.name() + " has " + d.partitions().size() + " partitions, fewer than "
                            + spec.partitions());
                }
                Config c = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()));
                String policy = c.get("cleanup.policy").value();
                String wanted = spec.configs().get("cleanup.policy");
                if (wanted != null && !wanted.equals(policy)) {
                    problems.add("topic " + spec.name() + " has cleanup.policy=" + policy + ", expected " + wanted);
                }
            }
            problems.addAll(layout.partitionProblems(partitions));
        } catch (ExecutionException e) {
            problems.add("cannot describe topics: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("interrupted while describing topics");
        }
        return problems;
    }

    private Set<String> existing() {
        try {
            return admin.listTopics().names().get().stream().collect(Collectors.toSet());
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        }
    }
}
