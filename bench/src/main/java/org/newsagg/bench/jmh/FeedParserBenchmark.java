package org.newsagg.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsagg.ingest.feeds.FeedParseException;
import org.newsagg.ingest.feeds.FeedParser;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.ingest.feeds.ParsedFeed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ingest's hot path per poll: one RSS 2.0 feed of {@code items} HTML items parsed and normalized into articles
 * (encoding sniffing, XML repair, ROME, plain text, canonical URLs, hashes). Time per feed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FeedParserBenchmark {

    @Param({"20"})
    int items;

    @Param({"1500", "5000"})
    int size;

    private final FeedParser parser = new FeedParser();
    private final FeedSource source = FeedSource.of("https://wire.example/rss/world.xml");
    private final Instant fetched = Instant.parse("2026-03-05T12:00:00Z");
    private byte[] feed;

    @Setup
    public void buildFeed() {
        FixtureText text = new FixtureText(7);
        DateTimeFormatter rfc822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Benchmark Wire</title><link>https://wire.example/</link><language>en</language>");
        for (int i = 0; i < items; i++) {
            List<String> paragraphs = text.paragraphs(size);
            xml.append("<item><title>").append(paragraphs.get(0), 0, Math.min(70, paragraphs.get(0).length()))
                    .append("</title><link>https://wire.example/world/").append(i)
                    .append("?utm_source=rss&amp;utm_medium=feed</link><guid>wire-").append(i).append("</guid><pubDate>")
                    .append(rfc822.format(fetched.minusSeconds(600L * (items - i)))).append("</pubDate><description><![CDATA[");
            for (String p : paragraphs) xml.append("<p>").append(p).append("</p>");
            xml.append("]]></description></item>");
        }
        feed = xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ParsedFeed parseFeed() throws FeedParseException {
        return parser.parse(feed, source.url(), source, fetched);
    }
}
