package org.newsagg.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsagg.ingest.feeds.PlainText;
import org.newsagg.ingest.feeds.UrlCanonicalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The per-item normalization steps of ingest on their own: HTML to plain text, and URL canonicalization. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NormalizeBenchmark {

    @Param({"1500", "5000"})
    int size;

    private String html;
    private final String url = "https://WWW.Wire.example/amp/world/2026/03/05/story-17?utm_source=rss&utm_medium=feed&id=17#top";

    @Setup
    public void buildHtml() {
        StringBuilder sb = new StringBuilder();
        List<String> paragraphs = new FixtureText(11).paragraphs(size);
        for (String p : paragraphs) sb.append("<p>").append(p.replace(" and ", " &amp; ")).append("</p>\n");
        html = sb.toString();
    }

    @Benchmark
    public String htmlToPlainText() {
        return PlainText.fromHtml(html);
    }

    @Benchmark
    public String canonicalizeUrl() {
        return UrlCanonicalizer.canonicalize(url);
    }
}
