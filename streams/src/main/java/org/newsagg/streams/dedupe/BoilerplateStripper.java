package org.newsagg.streams.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what outlets wrap around a syndicated text (photo credits, bylines, "Reporting by", newsletter pitches),
 * so that two copies of one wire story compare on the story's own words. Patterns live in
 * {@code dedupe/boilerplate.txt} (whole lines) and {@code dedupe/boilerplate-inline.txt} (pieces of lines); the
 * whole-line patterns that look anywhere in a line are only tried on lines holding one of the phrases in
 * {@code dedupe/boilerplate-keywords.txt}.
 */
public final class BoilerplateStripper {

    private final Pattern wholeLine;
    private final Pattern anywhere;
    private final List<String> keywords;
    private final Pattern inline;

    public BoilerplateStripper() {
        this(ResourceLines.read("/dedupe/boilerplate.txt"), ResourceLines.read("/dedupe/boilerplate-inline.txt"),
                ResourceLines.read("/dedupe/boilerplate-keywords.txt"));
    }

    /** Without a keyword pre-filter: every whole-line pattern is tried on every short line. */
    public BoilerplateStripper(List<String> lineRegexes, List<String> inlineRegexes) {
        this(lineRegexes, inlineRegexes, null);
    }

    /**
     * @param keywords lower-case phrases of which each whole-line pattern starting with {@code .*} needs one; null
     *                 to try those patterns on every line
     */
    public BoilerplateStripper(List<String> lineRegexes, List<String> inlineRegexes, List<String> keywords) {
        List<String> anchored = new ArrayList<>();
        List<String> scanning = new ArrayList<>();
        for (String r : lineRegexes) (keywords != null && r.startsWith(".*") ? scanning : anchored).add(r);
        this.wholeLine = anyOf(anchored);
        this.anywhere = anyOf(scanning);
        this.keywords = keywords == null ? List.of() : List.copyOf(keywords);
        this.inline = anyOf(inlineRegexes);
    }

    /** The text without boilerplate lines and pieces, lines kept in order and joined with newlines. */
    public String strip(String text) {
        if (text == null || text.isEmpty()) return "";
        StringBuilder out = new StringBuilder(text.length());
        Matcher line = wholeLine == null ? null : wholeLine.matcher("");
        Matcher scan = anywhere == null ? null : anywhere.matcher("");
        Matcher piece = inline == null ? null : inline.matcher("");
        int len = text.length();
        for (int start = 0, end; start < len; start = end + 1) {
            // Lines end at any Unicode line break, as with split("\\R"), without a regular expression for it.
            end = start;
            while (end < len && !isLineBreak(text.charAt(end))) end++;
            String t = text.substring(start, end).strip();
            if (end + 1 < len && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n') end++;
            if (t.isEmpty()) continue;
            // Short lines only: a long paragraph that happens to start with "By" is story text, not a byline.
            if (t.length() <= 200 && isBoilerplate(t, line, scan)) continue;
            // Every inline pattern holds a bracket; most lines have none and skip the regex scan.
            boolean bracketed = t.indexOf('(') >= 0 || t.indexOf('[') >= 0;
            if (piece != null && bracketed && piece.reset(t).find()) {
                t = piece.replaceAll(" ").replaceAll(" {2,}", " ").strip();
            }
            if (t.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(t);
        }
        return out.toString();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private boolean isBoilerplate(String t, Matcher line, Matcher scan) {
        if (line != null && line.reset(t).matches()) return true;
        if (scan == null) return false;
        String folded = fold(t);
        for (String k : keywords) if (folded.contains(k)) return scan.reset(t).matches();
        return false;
    }

    /**
     * Lower case as the patterns' case-insensitive matching sees it (upper then lower case, char by char), so a line
     * a pattern matches always contains the pattern's literal phrase once folded.
     */
    private static String fold(String t) {
        char[] c = new char[t.length()];
        for (int i = 0; i < c.length; i++) {
            char ch = t.charAt(i);
            c[i] = ch < 128 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch)
                    : (char) Character.toLowerCase(Character.toUpperCase(ch));
        }
        return new String(c);
    }

    private static Pattern anyOf(List<String> regexes) {
        if (regexes.isEmpty()) return null;
        return Pattern.compile("(?:" + String.join(")|(?:", regexes) + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
