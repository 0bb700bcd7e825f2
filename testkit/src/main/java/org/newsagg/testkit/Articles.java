package org.newsagg.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.newsagg.model.Article;

/**
 * Articles for tests, without the twelve-argument constructor: {@code Articles.of("a1").title("...").text("...")
 * .published(t).build()}. Unset fields get plain defaults (an example.org URL from the id, the outlet "Test Outlet",
 * English, fetched when published); the content hash is computed from title and text as ingest does.
 */
public final class Articles {

    private static final Instant DEFAULT_TIME = Instant.parse("2026-03-01T12:00:00Z");

    private final String id;
    private String url;
    private String source = "Test Outlet";
    private String feedUrl = "https://news.example/feed";
    private String title = "";
    private String summary;
    private String text = "";
    private Instant published = DEFAULT_TIME;
    private Instant fetched;
    private String language = "en";
    private String contentHash;

    private Articles(String id) {
        this.id = id;
        this.url = "https://news.example/" + id;
    }

    public static Articles of(String id) {
        return new Articles(id);
    }

    /** An article as the dedupe fixtures write it: summary is the first paragraph, fetched when published. */
    public static Article article(String id, String source, Instant published, String title, String text) {
        return of(id).source(source).published(published).title(title).text(text).build();
    }

    public Articles url(String url) { this.url = url; return this; }
    public Articles source(String source) { this.source = source; return this; }
    public Articles feedUrl(String feedUrl) { this.feedUrl = feedUrl; return this; }
    public Articles title(String title) { this.title = title; return this; }
    public Articles summary(String summary) { this.summary = summary; return this; }
    public Articles text(String text) { this.text = text; return this; }
    public Articles published(Instant published) { this.published = published; return this; }
    public Articles fetched(Instant fetched) { this.fetched = fetched; return this; }
    public Articles language(String language) { this.language = language; return this; }
    public Articles contentHash(String contentHash) { this.contentHash = contentHash; return this; }

    public Article build() {
        return new Article(id, url, url, source, feedUrl, title, summary != null ? summary : text.split("\n", 2)[0],
                text, published, fetched != null ? fetched : published, language,
                contentHash != null ? contentHash : sha256(title + "\n" + text));
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
