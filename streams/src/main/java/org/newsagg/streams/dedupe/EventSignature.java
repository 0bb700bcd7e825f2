package org.newsagg.streams.dedupe;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * When an article says its event happened: the years, months and weekdays it names, counted. Two events of one kind
 * (two earthquakes, two arrests of one player) share their vocabulary and often their names, but rarely their
 * dates, so the story decision adds the agreement of these dates to the profile cosine (docs/dedupe.md, "Story").
 * Calendar words come from {@code dedupe/calendar.txt}.
 */
public final class EventSignature {

    /** Slots, by the first letter of their keys: year ({@code y2008}), month ({@code mdecember}), weekday ({@code dfriday}). */
    private static final char[] SLOTS = {'y', 'm', 'd'};
    /** A slot whose most named value the other side also names, but not as its most named: half an agreement. */
    static final double PARTIAL = 0.5;
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;

    private final Map<String, String> spellings = new HashMap<>();
    private final Map<String, String> capitalisedSpellings = new HashMap<>();

    public EventSignature() {
        for (String line : ResourceLines.read("/dedupe/calendar.txt")) {
            String[] f = line.split("\\s+");
            String key = slotOf(f[0]) + f[1].replace("*", "");
            for (int i = 1; i < f.length; i++) {
                if (f[i].endsWith("*")) capitalisedSpellings.put(f[i].substring(0, f[i].length() - 1), key);
                else spellings.put(f[i], key);
            }
        }
    }

    private static char slotOf(String name) {
        return switch (name) {
            case "month" -> 'm';
            case "weekday" -> 'd';
            default -> throw new IllegalArgumentException("dedupe/calendar.txt: unknown slot " + name);
        };
    }

    /** The calendar words of a title and body, counted, sorted by key. */
    public Map<String, Integer> dates(WordTokenizer.Words title, WordTokenizer.Words body) {
        Map<String, Integer> out = new TreeMap<>();
        count(title, out);
        count(body, out);
        return out;
    }

    private void count(WordTokenizer.Words words, Map<String, Integer> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.words()[i];
            String key = spellings.get(w);
            if (key == null && words.proper()[i]) key = capitalisedSpellings.get(w);
            if (key == null && isYear(w)) key = "y" + w;
            if (key != null) out.merge(key, 1, Integer::sum);
        }
    }

    private static boolean isYear(String w) {
        if (w.length() != 4) return false;
        for (int i = 0; i < 4; i++) if (!Character.isDigit(w.charAt(i))) return false;
        int y = Integer.parseInt(w);
        return y >= FIRST_YEAR && y <= LAST_YEAR;
    }

    /**
     * How far an article's dates agree with a story's (its members' counts summed), over the slots both name: per
     * slot +1 when their most named value is the same, {@link #PARTIAL} when one's most named value is among the
     * other's, -1 when they name different values only. From -3 to 3; 0 when they share no slot, so an article
     * that names no date is neither helped nor held back.
     */
    public static double agreement(Map<String, Integer> article, Map<String, Integer> story) {
        double sum = 0;
        for (char slot : SLOTS) {
            String a = dominant(article, slot);
            String s = dominant(story, slot);
            if (a == null || s == null) continue;
            if (a.equals(s)) sum += 1;
            else if (article.containsKey(s) || story.containsKey(a)) sum += PARTIAL;
            else sum -= 1;
        }
        return sum;
    }

    /** The most counted value of a slot, the smallest key among equals; null when the slot is empty. */
    static String dominant(Map<String, Integer> counts, char slot) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getKey().charAt(0) != slot) continue;
            int c = e.getValue();
            if (c > bestCount || (c == bestCount && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best;
    }

    /** Adds a member's counts to a story's. */
    public static void addTo(Map<String, Integer> story, Map<String, Integer> member) {
        member.forEach((k, v) -> story.merge(k, v, Integer::sum));
    }
}
