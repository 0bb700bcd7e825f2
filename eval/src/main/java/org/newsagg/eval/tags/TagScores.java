package org.newsagg.eval.tags;

import java.util.List;
import java.util.Map;

/**
 * How the tagger did against gold sentences, at country / organisation level (see {@link TagEvaluator}).
 *
 * @param sourceAccuracy share of gold events whose root was found where the found event's source is right
 * @param targetAccuracy the same for targets (no target in both counts as right)
 * @param rolesRightOverAll share of all gold events found with both source and target right: what dyad counts rest on
 * @param goldEvents     gold events in all
 * @param matchedEvents  gold events whose root the tagger found in the same sentence
 * @param noEventSentences gold sentences that report no event
 * @param inventedEvents of those, the sentences where the tagger asserted an event anyway
 * @param rootConfusion  gold root -> found root -> count; "--" is "none"
 * @param worstMisses    sentences with the most errors, worst first
 */
public record TagScores(double actorPrecision, double actorRecall, double eventRootPrecision,
                        double eventRootRecall, double sourceAccuracy, double targetAccuracy,
                        double rolesRightOverAll, int sentences, int goldEvents, int matchedEvents,
                        int noEventSentences, int inventedEvents, Map<String, Map<String, Integer>> rootConfusion,
                        List<Miss> worstMisses) {

    /** One sentence the tagger got wrong and how. */
    public record Miss(String id, int errors, String detail) {}

    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "sentences %d | actors P %.3f R %.3f | event roots P %.3f R %.3f | source %.3f target %.3f "
                        + "(over %d of %d gold events whose root was found) | both right over all gold events %.3f",
                sentences, actorPrecision, actorRecall, eventRootPrecision, eventRootRecall, sourceAccuracy,
                targetAccuracy, matchedEvents, goldEvents, rolesRightOverAll);
    }
}
