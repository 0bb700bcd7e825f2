package org.newsagg.model;

import java.util.List;

/**
 * The names of every topic the pipeline uses, in one place. Each is overridable with the setting named in
 * {@link #SETTINGS} (property {@code newsagg.topic.raw}, env {@code NEWSAGG_TOPIC_RAW}, ...).
 */
public record Topics(String raw, String tagged, String duplicates, String aggregates, String trending, String dlq) {

    public static final String RAW = "news.raw";
    public static final String TAGGED = "news.tagged";
    public static final String DUPLICATES = "news.duplicates";
    public static final String AGGREGATES = "news.aggregates";
    public static final String TRENDING = "news.trending";
    public static final String DLQ = "news.dlq";

    public static final Topics DEFAULT = new Topics(RAW, TAGGED, DUPLICATES, AGGREGATES, TRENDING, DLQ);

    /** Setting keys, in record order. */
    public static final List<String> SETTINGS = List.of(
            "newsagg.topic.raw",
            "newsagg.topic.tagged",
            "newsagg.topic.duplicates",
            "newsagg.topic.aggregates",
            "newsagg.topic.trending",
            "newsagg.topic.dlq");

    public static Topics from(Settings settings) {
        return new Topics(
                settings.get(SETTINGS.get(0), RAW),
                settings.get(SETTINGS.get(1), TAGGED),
                settings.get(SETTINGS.get(2), DUPLICATES),
                settings.get(SETTINGS.get(3), AGGREGATES),
                settings.get(SETTINGS.get(4), TRENDING),
                settings.get(SETTINGS.get(5), DLQ));
    }

    public List<String> all() {
        return List.of(raw, tagged, duplicates, aggregates, trending, dlq);
    }
}
