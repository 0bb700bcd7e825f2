package org.newsagg.streams.tagging;

/**
 * An actor found in one sentence: token span [start, end), its code and why. A bare role word with no country
 * ("the rebels") has a null code and country: it is not an actor, only a hint for the event coder.
 *
 * @param words     the words as written
 * @param evidence  the dictionary entries that matched, in words
 * @param locative  written as a place ("in Moscow"), so it is not a candidate subject while another actor is
 * @param adjective a bare demonym ("Russian abuses"): the word after it is a noun, not the actor's verb
 */
record ActorMention(int start, int end, String code, String country, String role, String words, String evidence,
                    boolean locative, boolean adjective) {

    boolean bareRole() {
        return code == null;
    }
}
