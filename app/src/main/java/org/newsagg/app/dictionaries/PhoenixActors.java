package org.newsagg.app.dictionaries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Phoenix (TABARI-style) actor dictionary: a primary phrase with an optional default code, synonym lines
 * starting with {@code +}, and code lines in brackets, optionally dated ({@code [RUSGOV 991231-080507]},
 * {@code [USAGOV >090120]}, {@code [USAELI <780101]}). Format: PETRARCH2's dictionaries.rst, "Actor Dictionary".
 */
public final class PhoenixActors {

    /** One code line; a null {@code from} or {@code to} is an open end ({@code <date} or {@code >date}, or undated). */
    public record DatedCode(String code, LocalDate from, LocalDate to) {
        public boolean dated() {
            return from != null || to != null;
        }
    }

    /** One record: its phrases (words separated by spaces, as written) and its codes, the default first if any. */
    public record Actor(List<String> names, List<DatedCode> codes) {}

    private static final Pattern CODE = Pattern.compile("\\[\\s*([A-Za-z~]+)\\s*([^\\]]*)\\]");
    private static final Pattern RANGE = Pattern.compile("(\\d{6,8})\\s*-\\s*(\\d{6,8})");
    private static final Pattern BOUND = Pattern.compile("([<>])\\s*(\\d{6,8})");

    private PhoenixActors() {}

    public static List<Actor> parse(List<String> lines) {
        List<Actor> out = new ArrayList<>();
        List<String> names = null;
        List<DatedCode> codes = null;
        for (String raw : lines) {
            String line = stripComment(raw);
            if (line.isBlank()) continue;
            String t = line.trim();
            if (t.startsWith("[")) {
                if (codes != null) addCode(t, codes);
                continue;
            }
            if (t.startsWith("+")) {
                if (names != null) {
                    String name = phrase(t.substring(1));
                    if (!name.isEmpty()) names.add(name);
                }
                continue;
            }
            if (names != null) out.add(new Actor(List.copyOf(names), List.copyOf(codes)));
            names = new ArrayList<>();
            codes = new ArrayList<>();
            String name = phrase(t);
            if (!name.isEmpty()) names.add(name);
            addCode(t, codes);
        }
        if (names != null) out.add(new Actor(List.copyOf(names), List.copyOf(codes)));
        out.removeIf(a -> a.names().isEmpty());
        return out;
    }

    /** "#" starts a comment everywhere; ";" after the phrase too ("JAMES_BYRNES_  ; CountryInfo.txt"). */
    static String stripComment(String line) {
        int hash = line.indexOf('#');
        String s = hash >= 0 ? line.substring(0, hash) : line;
        int semi = s.indexOf(';');
        return semi >= 0 ? s.substring(0, semi) : s;
    }

    /** The phrase before any bracket, underscores read as spaces: "VLADIMIR_V._PUTIN_" -> "VLADIMIR V. PUTIN". */
    static String phrase(String text) {
        int bracket = text.indexOf('[');
        String p = bracket >= 0 ? text.substring(0, bracket) : text;
        return p.replace('_', ' ').trim().replaceAll("\\s+", " ");
    }

    private static void addCode(String text, List<DatedCode> codes) {
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String code = m.group(1);
            String when = m.group(2).trim();
            if (when.isEmpty()) {
                codes.add(new DatedCode(code, null, null));
                continue;
            }
            Matcher r = RANGE.matcher(when);
            Matcher b = BOUND.matcher(when);
            if (r.matches()) {
                LocalDate from = date(r.group(1));
                LocalDate to = date(r.group(2));
                if (from != null && to != null) codes.add(new DatedCode(code, from, to));
            } else if (b.matches()) {
                LocalDate d = date(b.group(2));
                if (d == null) continue;
                codes.add(b.group(1).equals("<") ? new DatedCode(code, null, d) : new DatedCode(code, d, null));
            }
            // Anything else ("2004017-20061201", a typo in the source) is dropped rather than guessed.
        }
    }

    /**
     * YYYYMMDD or YYMMDD; two-digit years below 30 are 20xx, as PETRARCH reads them. Null for an impossible date
     * (the files hold a few, e.g. day 00).
     */
    static LocalDate date(String s) {
        try {
            if (s.length() == 8) {
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6, 8)));
            }
            if (s.length() == 6) {
                int yy = Integer.parseInt(s.substring(0, 2));
                return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)),
                        Integer.parseInt(s.substring(4, 6)));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
