package org.newsagg.model;

/**
 * One event an article reports, coded with CAMEO and PLOVER.
 *
 * @param code      CAMEO code as a string, e.g. "112"
 * @param root      CAMEO root code, two digits, e.g. "11"
 * @param name      CAMEO name of {@code code}, e.g. "Accuse"
 * @param quadClass GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                  4 material conflict
 * @param goldstein Goldstein score of {@code code}, -10 to +10
 * @param plover    PLOVER category, e.g. "ACCUSE"
 * @param source    source actor code, or null when the sentence does not say who
 * @param target    target actor code, or null
 * @param sentence  the sentence the event was read from
 * @param trigger   the words that triggered the event
 * @param context   "asserted", "negated" or "hypothetical": only asserted events are counted as facts
 */
public record EventTag(
        String code,
        String root,
        String name,
        int quadClass,
        double goldstein,
        String plover,
        String source,
        String target,
        String sentence,
        String trigger,
        String context) {

    public static final String ASSERTED = "asserted";
    public static final String NEGATED = "negated";
    public static final String HYPOTHETICAL = "hypothetical";

    public boolean asserted() {
        return ASSERTED.equals(context);
    }
}
