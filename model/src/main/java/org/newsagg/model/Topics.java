package org.newsagg.model;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The names of every topic the pipeline uses, in one place, and each as a typed {@link Topic} (name, serdes,
 * shape). Each name is overridable with the setting named in {@link #SETTINGS} (property {@code newsagg.topic.raw},
 * env {@code NEWSAGG_TOPIC_RAW}, ...).
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

    /** Raw articles from ingest, keyed by article id. */
    public Topic<Article> rawTopic() {
        return new Topic<>(raw, NewsSerdes.article(), Topic.Shape.RAW_INPUT);
    }

    /** Unique articles with story, actors and events, keyed by article id. */
    public Topic<TaggedArticle> taggedTopic() {
        return new Topic<>(tagged, NewsSerdes.tagged(), Topic.Shape.STAGE_OUTPUT);
    }

    /** Copies, with what they copy, keyed by the copy's id. */
    public Topic<DuplicateArticle> duplicatesTopic() {
        return new Topic<>(duplicates, NewsSerdes.duplicate(), Topic.Shape.STAGE_OUTPUT);
    }

    /** Rolling window aggregates, keyed by dimension|key|window|windowStart. */
    public Topic<Aggregate> aggregatesTopic() {
        return new Topic<>(aggregates, NewsSerdes.aggregate(), Topic.Shape.COMPACTED);
    }

    /** Trending keys per dimension, keyed by dimension. */
    public Topic<Trending> trendingTopic() {
        return new Topic<>(trending, NewsSerdes.trending(), Topic.Shape.COMPACTED_SINGLE);
    }

    /** Dead letters: the original key and value bytes, the reason in headers ({@link DeadLetters}). */
    public Topic<byte[]> dlqTopic() {
        return new Topic<>(dlq, Serdes.ByteArray(), Topic.Shape.DEAD_LETTERS);
    }

    /** Every topic, typed, in the order of {@link #all()}. */
    public List<Topic<?>> typed() {
        return List.of(rawTopic(), taggedTopic(), duplicatesTopic(), aggregatesTopic(), trendingTopic(), dlqTopic());
    }
}
