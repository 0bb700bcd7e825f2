package org.newsagg.runtime;

import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Every topic a Streams stage reads, its internal repartition topics included under their real names
 * ({@code <application.id>-<name>-repartition}): what "the stage has caught up" must be checked against.
 */
public final class SourceTopics {

    private SourceTopics() {}

    public static List<String> of(Topology topology, String applicationId, List<String> externalTopics) {
        TreeSet<String> topics = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                    for (String t : source.topicSet()) {
                        topics.add(externalTopics.contains(t) ? t : applicationId + "-" + t);
                    }
                }
            }
        }
        return List.copyOf(topics);
    }
}
