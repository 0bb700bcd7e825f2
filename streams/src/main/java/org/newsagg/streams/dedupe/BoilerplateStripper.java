package org.newsagg.streams.dedupe;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what outlets wrap around a syndicated text (photo credits, bylines, "Reporting by", newsletter pitches),
 * so that two copies of one wire story compare on the story's own words. Patterns live in
 * {@code dedupe/boilerplate.txt} (whole lines) and {@code dedupe/boilerplate-inline.txt} (pieces of lines).
 */
public final class BoilerplateStripper {

    private final Pattern wholeLine;
    private final Pattern inline;

    public BoilerplateStripper() {
        this(ResourceLines.read("/dedupe/boilerplate.txt"), ResourceLines.read("/dedupe/boilerplate-inline.txt"));
    }

    public BoilerplateStripper(List<String> lineRegexes, List<String> inlineRegexes) {
        this.wholeLine = Pattern.compile("(?:" + String.join(")|(?:", lineRegexes) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.inline = Pattern.compile("(?:" + String.join(")|(?:", inlineRegexes) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The text without boilerplate lines and pieces, lines kept in order and joined with newlines. */
    public String strip(String text) {
        if (text == null || text.isEmpty()) return "";
        StringBuilder out = new StringBuilder(text.length());
        Matcher line = wholeLine.matcher("");
        Matcher piece = inline.matcher("");
        for (String raw : text.split("\\R")) {
            String t = raw.strip();
            if (t.isEmpty()) continue;
            // Short lines only: a long paragraph that happens to start with "By" is story text, not a byline.
            if (t.length() <= 200 && line.reset(t).matches()) continue;
            // Every inline pattern holds a bracket; most lines have none and skip the regex scan.
            boolean bracketed = t.indexOf('(') >= 0 || t.indexOf('[') >= 0;
            if (bracketed && piece.reset(t).find()) t = piece.replaceAll(" ").replaceAll(" {2,}", " ").strip();
            if (t.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(t);
        }
        return out.toString();
    }
}
