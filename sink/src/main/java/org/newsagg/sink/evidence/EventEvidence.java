package org.newsagg.sink.evidence;

import org.newsagg.model.EventTag;

/**
 * What produced one event tag: the sentence it was read from and the words that triggered it, so that a person who
 * doubts a count can read the source of it.
 *
 * @param code     the CAMEO code the event was tagged with
 * @param sentence the sentence, cut at {@link #MAX_SENTENCE} characters
 * @param trigger  the trigger words
 */
public record EventEvidence(String code, String sentence, String trigger) {

    /** A sentence is a sentence; a longer one is a segmentation failure and is cut, to keep the evidence store small. */
    public static final int MAX_SENTENCE = 600;

    public static EventEvidence of(EventTag e) {
        String s = e.sentence();
        if (s != null && s.length() > MAX_SENTENCE) s = s.substring(0, MAX_SENTENCE - 1) + "…";
        return new EventEvidence(e.code(), s, e.trigger());
    }
}
