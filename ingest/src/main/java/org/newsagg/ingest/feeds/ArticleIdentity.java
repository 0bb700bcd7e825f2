package org.newsagg.ingest.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The two hashes every later stage keys on: an article's id (which item it is) and its content hash (what it
 * says). Both are lowercase hex SHA-256, so they are stable across runs, machines and replays.
 */
public final class ArticleIdentity {

    private ArticleIdentity() {}

    /** Hash of the canonical URL, else of the GUID, else of outlet, title and publication time. */
    public static String id(String canonicalUrl, String guid, String source, String title, Instant published) {
        if (canonicalUrl != null && !canonicalUrl.isBlank()) return sha256(canonicalUrl);
        if (guid != null && !guid.isBlank()) return sha256(guid.strip());
        return sha256(nullToEmpty(source) + "\n" + nullToEmpty(title) + "\n" + (published == null ? "" : published));
    }

    /** Hash of title and text, lowercased with whitespace folded, so re-formatting alone does not change it. */
    public static String contentHash(String title, String text) {
        return sha256(fold(title) + "\n" + fold(text));
    }

    static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String fold(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
