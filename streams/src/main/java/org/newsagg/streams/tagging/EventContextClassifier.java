package org.newsagg.streams.tagging;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.newsagg.model.EventTag;

/**
 * Decides an event's PLOVER mode from the words before its trigger (tagging/context.tsv): negated, hypothetical,
 * a future act (which CAMEO codes as the intention or threat itself, see future-codes.tsv) or a refusal
 * ("will not meet their demands"). Also knows the speech verbs that say who made a reported claim.
 */
final class EventContextClassifier {

    private static final int NEAR = 3;

    /** How the words around a trigger qualify it. */
    enum Mode { ASSERTED, NEGATED, HYPOTHETICAL, FUTURE, THREAT, REFUSAL }

    /** A mode and the word that decided it (null when asserted by default). */
    record Context(Mode mode, String word) {
        String tagContext() {
            return switch (mode) {
                case NEGATED -> EventTag.NEGATED;
                case HYPOTHETICAL -> EventTag.HYPOTHETICAL;
                default -> EventTag.ASSERTED;
            };
        }
    }

    private final Map<String, String> kinds;
    private final Map<String, String> futureCodes;

    private EventContextClassifier(Map<String, String> kinds, Map<String, String> futureCodes) {
        this.kinds = Map.copyOf(kinds);
        this.futureCodes = Map.copyOf(futureCodes);
    }

    static EventContextClassifier load(DictionaryFiles files) {
        Map<String, String> kinds = new HashMap<>();
        for (String[] row : files.rows("context.tsv")) {
            kinds.put(DictionaryFiles.column(row, 0), DictionaryFiles.column(row, 1));
        }
        Map<String, String> future = new HashMap<>();
        for (String[] row : files.rows("future-codes.tsv")) {
            future.put(DictionaryFiles.column(row, 0), DictionaryFiles.column(row, 1));
        }
        return new EventContextClassifier(kinds, future);
    }

    /** Tokens inside a background clause: from a subordinator ("who", "after", "when") to the next comma. */
    boolean[] subordinate(String[] lower) {
        boolean[] out = new boolean[lower.length];
        boolean inside = false;
        for (int i = 0; i < lower.length; i++) {
            if (lower[i].equals(",") || lower[i].equals(";")) inside = false;
            if ("subordinate".equals(kinds.get(lower[i]))) inside = true;
            out[i] = inside;
        }
        return out;
    }

    /** A future word ("will", "would") in [from, to), or null; a clause break or a negation ends the search. */
    String futureWordBetween(String[] lower, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            String kind = kinds.get(lower[k]);
            if (";".equals(lower[k]) || "negation".equals(kind)) return null;
            if ("future".equals(kind)) return lower[k];
        }
        return null;
    }

    /** "seek", "try", "hope": followed by "to" they state a wish, not an act. */
    boolean isDesire(String lemma) {
        return "desire".equals(kinds.get(lemma));
    }

    /**
     * The kind of a word before "to" by its lemma, the word itself or a regular stem: a headline's tagger may leave
     * "vows" or "pledges" unlemmatised.
     */
    private String kindOfAnyForm(String lower, String lemma) {
        String kind = kinds.get(lemma);
        if (kind != null) return kind;
        for (String form : WordForms.of(lower, lemma)) {
            kind = kinds.get(form);
            if (kind != null) return kind;
        }
        return null;
    }

    /** Words of time or manner that news puts between a verb and its "to" ("pledged on Friday to provide"). */
    private static final Set<String> TIME_WORDS = Set.of("on", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "yesterday", "again", "also", "now", "publicly",
            "repeatedly", "earlier", "later", "last", "this", "week");

    /** The position of the word before the "to" at {@code to}, skipping time words in between (-1 for none). */
    private static int beforeTimeWords(String[] lower, int to) {
        int j = to - 1;
        while (j >= 0 && TIME_WORDS.contains(lower[j]) && to - j <= 3) j--;
        return j;
    }

    /**
     * "vowed to send", "pledged on Friday to provide", "is ready to resume": the "to" at {@code to} follows a
     * commitment word, so the act after it is the stated intention itself.
     */
    boolean committedBefore(String[] lower, String[] lemmas, int to) {
        if (to < 1) return false;
        if ("commitment".equals(kindOfAnyForm(lower[to - 1], lemmas[to - 1]))) return true;
        int j = beforeTimeWords(lower, to);
        return j >= 0 && j < to - 1 && "commitment".equals(kindOfAnyForm(lower[j], lemmas[j]));
    }

    boolean isSpeechVerb(String lemma) {
        return "speech".equals(kinds.get(lemma));
    }

    /** The intention or threat code a future act of {@code code} is coded as, or null when it stays hypothetical. */
    String futureCode(String code) {
        String c = futureCodes.get(code);
        return c != null ? c : futureCodes.get(code.substring(0, 2));
    }

    /** "would", "could", "may", "will": a modal that hedges or puts off what follows it. */
    boolean isModal(String word) {
        String kind = kinds.get(word.toLowerCase(java.util.Locale.ROOT));
        return "possibility".equals(kind) || "future".equals(kind);
    }

    /** A condition word ("if", "whether", "unless") in [from, to). */
    boolean conditionBetween(String[] lower, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            String kind = kinds.get(lower[k]);
            if ("condition".equals(kind) || "threat-condition".equals(kind)) return true;
        }
        return false;
    }

    Context classify(String[] lower, String[] lemmas, int clauseStart, int head) {
        return classify(lower, lemmas, clauseStart, head, NEAR);
    }

    /**
     * @param near how many words before the trigger a negation or modal may stand: more for an event noun, whose
     *             modal sits before its verb ("may stage a chemical attack", "will announce a package of aid")
     */
    Context classify(String[] lower, String[] lemmas, int clauseStart, int head, int near) {
        if (lower[lower.length - 1].equals("?")) return new Context(Mode.HYPOTHETICAL, "?");
        int from = Math.max(clauseStart, head - near);
        String future = null;
        String possible = null;
        for (int k = Math.max(clauseStart, head - near - 1); k < head; k++) {
            String kind = kinds.get(lower[k]);
            if ("future".equals(kind)) future = lower[k];
            if ("possibility".equals(kind) && k >= from) possible = lower[k];
        }
        // "stopped short of condemning", "fell short of calling it genocide": the act was not done.
        if (head >= 2 && lower[head - 1].equals("of") && lower[head - 2].equals("short")) {
            return new Context(Mode.NEGATED, "short of");
        }
        for (int k = from; k < head; k++) {
            if ("negation".equals(kinds.get(lower[k]))) {
                // "will not hesitate to impose costs": a negated hesitation is a commitment, not a refusal.
                if (k + 1 < head && lemmas[k + 1].equals("hesitate")) {
                    future = future != null ? future : "not hesitate";
                    continue;
                }
                return future != null ? new Context(Mode.REFUSAL, future + " " + lower[k])
                        : new Context(Mode.NEGATED, lower[k]);
            }
        }
        if (possible != null) return new Context(Mode.HYPOTHETICAL, possible);
        // "pledged to ensure security, rebuffing calls for elections": a commitment's reach ends at a comma.
        int commitFrom = Math.max(clauseStart + 1, head - near - 1);
        for (int k = head - 1; k >= commitFrom; k--) {
            if (lower[k].equals(",") || lower[k].equals(";")) {
                commitFrom = k + 1;
                break;
            }
        }
        for (int k = commitFrom; k < head; k++) {
            if (!lower[k].equals("to")) continue;
            String kind = kindOfAnyForm(lower[k - 1], lemmas[k - 1]);
            int said = beforeTimeWords(lower, k);
            if (kind == null && said >= 0 && said < k - 1) kind = kindOfAnyForm(lower[said], lemmas[said]);
            if ("commitment".equals(kind)) future = lower[k - 1] + " to";
            if ("desire".equals(kind)) return new Context(Mode.HYPOTHETICAL, lower[k - 1] + " to");
            if ("failure".equals(kind)) return new Context(Mode.NEGATED, lower[k - 1] + " to");
        }
        if (future != null) {
            for (String w : lower) {
                if ("threat-condition".equals(kinds.get(w))) return new Context(Mode.THREAT, future + " ... " + w);
            }
            return new Context(Mode.FUTURE, future);
        }
        for (int k = clauseStart; k < head; k++) {
            String kind = kinds.get(lower[k]);
            if ("condition".equals(kind) || "threat-condition".equals(kind)) {
                return new Context(Mode.HYPOTHETICAL, lower[k]);
            }
        }
        return new Context(Mode.ASSERTED, null);
    }
}
