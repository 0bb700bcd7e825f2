package org.newsagg.streams.tagging;

import java.util.List;

/** Speech verbs ("said", "calls", "accuses") in any of a word's forms, as the context dictionary lists them. */
final class SpeechVerbs {

    private final EventContextClassifier contexts;

    SpeechVerbs(EventContextClassifier contexts) {
        this.contexts = contexts;
    }

    /** The speech verb nearest before a claim in its clause ("calls", "said"; not "States" of a name), or -1. */
    int before(String[] lower, String[] lemmas, List<ActorMention> mentions, int head, int clauseStart) {
        for (int k = head - 1; k >= clauseStart; k--) {
            if (is(lower[k], lemmas[k]) && !PatternMatcher.insideMention(k, mentions)) return k;
        }
        return -1;
    }

    boolean is(String lower, String lemma) {
        for (String form : WordForms.of(lower, lemma)) if (contexts.isSpeechVerb(form)) return true;
        return false;
    }
}
