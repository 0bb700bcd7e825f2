package org.newsagg.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A normalized raw article as ingest publishes it to the raw topic, keyed by {@link #id()}.
 *
 * <p>Text fields are plain text (HTML stripped, entities decoded, whitespace folded). {@code published} is the
 * article's event time everywhere downstream; ingest falls back to {@code fetched} when a feed gives no date or a
 * date in the future, so it is never null on the topic.
 *
 * @param id            stable identity: hash of the canonical URL, else of the GUID, else of outlet+title+date
 * @param url           the link as the feed gave it, resolved against the feed URL
 * @param canonicalUrl  {@code url} without tracking parameters, fragment and AMP variants, host lowercased
 * @param source        the outlet, e.g. "Reuters"
 * @param feedUrl       the feed the article came from
 * @param title         headline
 * @param summary       the feed's description or summary
 * @param text          the full text when known (feed content or fetched page), else the summary
 * @param published     publication time, UTC
 * @param fetched       when ingest read the feed, UTC
 * @param language      ISO 639-1 code from the feed configuration or the feed itself, may be null
 * @param contentHash   hash of the normalized title and text; equal hashes mean the same content
 */
public record Article(
        String id,
        String url,
        String canonicalUrl,
        String source,
        String feedUrl,
        String title,
        String summary,
        String text,
        Instant published,
        Instant fetched,
        String language,
        String contentHash) {

    /** Title, summary and text joined, for the stages that read the whole article. */
    public String fullText() {
        StringBuilder sb = new StringBuilder();
        append(sb, title);
        // Feeds often repeat the summary as the text's first paragraph; do not read it twice.
        boolean textRepeatsSummary = text != null && summary != null && text.contains(summary);
        if (!textRepeatsSummary) append(sb, summary);
        append(sb, text);
        return sb.toString();
    }

    /**
     * The fields every stage needs that this article lacks ({@code id}, {@code published}, {@code title or text}),
     * in that order; empty when it can be processed. One rule for the streams stage's raw validator and for the
     * article files replay and the offline tools read.
     */
    public List<String> missingRequiredFields() {
        List<String> missing = new ArrayList<>(3);
        if (id == null || id.isBlank()) missing.add("id");
        if (published == null) missing.add("published");
        if ((title == null || title.isBlank()) && (text == null || text.isBlank())) missing.add("title or text");
        return missing;
    }

    private static void append(StringBuilder sb, String part) {
        if (part == null || part.isBlank() || sb.indexOf(part) >= 0) return;
        if (sb.length() > 0) sb.append("\n\n");
        sb.append(part);
    }
}
