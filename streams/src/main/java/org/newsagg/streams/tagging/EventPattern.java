package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One lemma pattern of tagging/verbs.tsv, e.g. {@code accuse * of * war crime} for CAMEO 1124, and its matcher.
 * Each element is a set of alternatives (an alternative may be several words), optional or not, or a gap.
 * {@code generated}: read from tagging/petrarch2/verbs.tsv rather than written by hand.
 */
record EventPattern(String code, char headPos, String text, List<Element> elements, boolean speakerIsSource,
                    boolean weak, boolean violence, boolean generated) {

    static final int MAX_GAP = 6;
    /**
     * PETRARCH's null code: a phrase that is no event ("signed an executive order", "cast their ballots"). Its
     * pattern still wins over a shorter one at the same word ("sign" 057), so that word codes nothing.
     */
    static final String NO_EVENT = "---";
    private static final Set<String> QUOTES = Set.of("\"", "“", "”");
    /** How many words into a quotation a gap may reach for its next word. */
    private static final int QUOTED_WORDS = 2;
    /**
     * Words a gap never crosses: sentence punctuation, quotes, and a relative pronoun, after which the words belong
     * to another clause ("captured 23 pirates who threatened a merchant vessel" seized no vessel).
     */
    private static final Set<String> GAP_STOPS = Set.of(";", ":", ".", "?", "!", "\"", "“", "”", "who", "whom",
            "whose", "which");

    record Element(List<String[]> alternatives, boolean optional, boolean gap) {}

    static EventPattern parse(String code, String pos, String text, String roles) {
        List<Element> elements = new ArrayList<>();
        for (String raw : text.trim().split("\\s+")) {
            if (raw.equals("*")) {
                elements.add(new Element(List.of(), true, true));
                continue;
            }
            boolean optional = raw.startsWith("[") && raw.endsWith("]");
            String body = optional ? raw.substring(1, raw.length() - 1) : raw;
            elements.add(new Element(List.of(), optional, false));
            List<String[]> alts = new ArrayList<>();
            for (String alt : body.split("\\|")) alts.add(alt.toLowerCase(Locale.ROOT).split("_"));
            elements.set(elements.size() - 1, new Element(alts, optional, false));
        }
        String r = roles == null ? "" : roles;
        return new EventPattern(code, pos.isEmpty() ? 'A' : pos.charAt(0), text, List.copyOf(elements),
                r.contains("speaker"), r.contains("weak"), r.contains("violence"), false);
    }

    boolean noEvent() {
        return code.equals(NO_EVENT);
    }

    /** The same pattern marked as read from the generated PETRARCH2 file, which ranks after every hand-written one. */
    EventPattern asGenerated() {
        return new EventPattern(code, headPos, text, elements, speakerIsSource, weak, violence, true);
    }

    /** Words that can start a match. */
    List<String> heads() {
        List<String> out = new ArrayList<>();
        for (String[] alt : elements.get(0).alternatives()) out.add(alt[0]);
        return out;
    }

    /** End (exclusive) of the match starting at {@code start}, or -1. */
    int matchAt(String[] lower, String[][] forms, boolean[] verbal, String[] pos, int start) {
        if (!headPosMatches(pos[start], verbal[start])) return -1;
        return match(lower, forms, start, 0, new int[1]);
    }

    /** Words the match at {@code start} consumed outside gaps (0 when none): the more, the more specific. */
    int matchedWords(String[] lower, String[][] forms, boolean[] verbal, String[] pos, int start) {
        if (!headPosMatches(pos[start], verbal[start])) return 0;
        int[] words = new int[1];
        return match(lower, forms, start, 0, words) < 0 ? 0 : words[0];
    }

    /** @param verbal the word sits where a verb goes (after "to", a modal or an actor), whatever its tag */
    private boolean headPosMatches(String tag, boolean verbal) {
        return switch (headPos) {
            case 'V' -> tag.startsWith("VB") || tag.equals("VERB") || verbal;
            case 'N' -> tag.startsWith("NN") || tag.equals("NOUN") || tag.equals("PROPN");
            default -> true;
        };
    }

    private int match(String[] lower, String[][] forms, int p, int e, int[] words) {
        if (e == elements.size()) return p;
        Element el = elements.get(e);
        if (el.gap()) {
            int quoteEnd = -1;
            for (int skip = 0; skip <= MAX_GAP && p + skip <= lower.length; skip++) {
                boolean stop = skip > 0 && GAP_STOPS.contains(lower[p + skip - 1]);
                // A quote mark may open the words the gap leads to ("called the deaths 'murder'", "sank the pirate
                // “mother ship”"), but the gap goes at most two words into the quotation.
                if (stop && (!QUOTES.contains(lower[p + skip - 1]) || quoteEnd >= 0)) break;
                if (stop) quoteEnd = skip + QUOTED_WORDS;
                if (quoteEnd >= 0 && skip > quoteEnd) break;
                int end = match(lower, forms, p + skip, e + 1, words);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (p < lower.length) {
            for (String[] alt : el.alternatives()) {
                if (wordsAt(alt, forms, p)) {
                    int end = match(lower, forms, p + alt.length, e + 1, words);
                    if (end >= 0) {
                        words[0] += alt.length;
                        return end;
                    }
                }
            }
        }
        return el.optional() ? match(lower, forms, p, e + 1, words) : -1;
    }

    private static boolean wordsAt(String[] words, String[][] forms, int p) {
        if (p + words.length > forms.length) return false;
        for (int k = 0; k < words.length; k++) {
            if (!WordForms.contains(forms[p + k], words[k])) return false;
        }
        return true;
    }

}
