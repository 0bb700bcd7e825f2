package org.newsagg.bench.jmh;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.newsagg.model.Article;
import org.newsagg.streams.tagging.ArticleTagger;
import org.newsagg.streams.tagging.ArticleTags;
import org.newsagg.streams.tagging.TaggingSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Tagging one article with actors and events, with the default dictionaries: the streams stage's costliest step. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TaggingBenchmark {

    private static final int POOL = 256;

    @Param({"1500", "5000"})
    int size;

    private ArticleTagger tagger;
    private Article[] articles;
    private int next;

    @Setup
    public void load() {
        tagger = ArticleTagger.load(TaggingSettings.defaults());
        FixtureText text = new FixtureText(5);
        articles = new Article[POOL];
        for (int i = 0; i < POOL; i++) {
            articles[i] = text.article(i, size, Instant.parse("2026-03-02T00:00:00Z").plusSeconds(60L * i));
        }
    }

    @Benchmark
    public ArticleTags tag() {
        next = (next + 1) % POOL;
        return tagger.tag(articles[next]);
    }
}
