package org.newsagg.streams.tagging;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsagg.model.EventTag;

/**
 * Decides whether an event is asserted, negated or hypothetical (PLOVER's modes) from the words before its trigger,
 * and knows the speech verbs that introduce who made a reported claim. Words come from tagging/context.tsv.
 */
final class EventContextClassifier {

    private static final int NEAR = 3;

    private final Map<String, String> kinds;

    private EventContextClassifier(Map<String, String> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    static EventContextClassifier load(DictionaryFiles files) {
        Map<String, String> kinds = new HashMap<>();
        for (String[] row : files.rows("context.tsv")) {
            kinds.put(DictionaryFiles.column(row, 0), DictionaryFiles.column(row, 1));
        }
        return new EventContextClassifier(kinds);
    }

    boolean isSpeechVerb(String lemma) {
        return "speech".equals(kinds.get(lemma));
    }

    /**
     * @param clauseStart first token of the trigger's clause
     * @param root        CAMEO root: intent (03) and threats (13) are future by definition, so modals and "plan to"
     *                    do not make them hypothetical
     * @return context and the word that decided it (null when asserted by default)
     */
    String[] classify(String[] lower, String[] lemmas, int clauseStart, int head, String root) {
        boolean futureByDefinition = root.equals("03") || root.equals("13");
        if (lower[lower.length - 1].equals("?")) return new String[] {EventTag.HYPOTHETICAL, "?"};
        for (int k = Math.max(clauseStart, head - NEAR); k < head; k++) {
            String kind = kinds.get(lower[k]);
            if ("negation".equals(kind)) return new String[] {EventTag.NEGATED, lower[k]};
        }
        for (int k = clauseStart; k < head; k++) {
            if ("condition".equals(kinds.get(lower[k]))) return new String[] {EventTag.HYPOTHETICAL, lower[k]};
        }
        if (!futureByDefinition) {
            for (int k = Math.max(clauseStart, head - NEAR); k < head; k++) {
                if ("modal".equals(kinds.get(lower[k]))) return new String[] {EventTag.HYPOTHETICAL, lower[k]};
            }
            if (head >= 2 && lower[head - 1].equals("to") && "intent".equals(kinds.get(lemmas[head - 2]))) {
                return new String[] {EventTag.HYPOTHETICAL, lower[head - 2] + " to"};
            }
        }
        return new String[] {EventTag.ASSERTED, null};
    }

    Set<String> words() {
        return new HashSet<>(kinds.keySet());
    }
}
