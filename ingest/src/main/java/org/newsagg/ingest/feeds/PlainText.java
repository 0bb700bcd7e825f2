package org.newsagg.ingest.feeds;

import org.jsoup.Jsoup;

/** Feed HTML and text as the plain text articles carry: markup stripped, entities decoded, whitespace folded. */
public final class PlainText {

    private PlainText() {}

    /** Plain text of an HTML fragment, or null when nothing is left. */
    public static String fromHtml(String html) {
        if (html == null || html.isBlank()) return null;
        String text = Jsoup.parseBodyFragment(html).body().text().strip();
        return text.isEmpty() ? null : text;
    }

    /** Text that is plain already: only whitespace is folded, so "a < b" and "AT&T" stay as they are. */
    public static String fromText(String text) {
        if (text == null) return null;
        String folded = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return folded.isEmpty() ? null : folded;
    }
}
