package org.newsagg.model;

/** The serdes of the pipeline's topic values, next to the records they carry. Keys are UTF-8 strings. */
public final class NewsSerdes {

    private NewsSerdes() {}

    public static JsonSerde<Article> article() {
        return new JsonSerde<>(Article.class);
    }

    public static JsonSerde<TaggedArticle> tagged() {
        return new JsonSerde<>(TaggedArticle.class);
    }

    public static JsonSerde<DuplicateArticle> duplicate() {
        return new JsonSerde<>(DuplicateArticle.class);
    }

    public static JsonSerde<Aggregate> aggregate() {
        return new JsonSerde<>(Aggregate.class);
    }

    public static JsonSerde<Trending> trending() {
        return new JsonSerde<>(Trending.class);
    }
}
