package org.newsagg.bench.jmh;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Article;
import org.newsagg.model.JsonSerde;
import org.newsagg.model.NewsSerdes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JSON serdes on the hottest topics: an aggregate is written once per window and key an article touches, and
 * an article is read and written at every stage.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SerdeBenchmark {

    private final JsonSerde<Aggregate> aggregates = NewsSerdes.aggregate();
    private final JsonSerde<Article> articles = NewsSerdes.article();
    private Aggregate aggregate;
    private byte[] aggregateBytes;
    private Article article;
    private byte[] articleBytes;

    @Setup
    public void build() {
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        aggregate = new Aggregate(Aggregate.SCHEMA_VERSION, "dyad", "USA|11|RUS", "1h", start, start.plusSeconds(3600),
                42, 7, 12, 9, 30, -2.4, start.plusSeconds(60), start.plusSeconds(3500), List.of(
                        new Aggregate.Sample("Envoys trade accusations over border", "https://wire.example/world/1", "Benchmark Wire"),
                        new Aggregate.Sample("Talks stall as sanctions loom", "https://wire.example/world/2", "Benchmark Wire"),
                        new Aggregate.Sample("UPDATE 1-Talks stall as sanctions loom", "https://copydesk.example/news/3", "Copy Desk")));
        aggregateBytes = aggregates.serialize("news.aggregates", aggregate);
        article = new FixtureText(9).article(1, 1500, start);
        articleBytes = articles.serialize("news.raw", article);
    }

    @Benchmark
    public byte[] writeAggregate() {
        return aggregates.serialize("news.aggregates", aggregate);
    }

    @Benchmark
    public Aggregate readAggregate() {
        return aggregates.deserialize("news.aggregates", aggregateBytes);
    }

    @Benchmark
    public byte[] writeArticle() {
        return articles.serialize("news.raw", article);
    }

    @Benchmark
    public Article readArticle() {
        return articles.deserialize("news.raw", articleBytes);
    }
}
