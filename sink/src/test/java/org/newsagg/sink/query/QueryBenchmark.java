package org.newsagg.sink.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.newsagg.model.ActorTag;
import org.newsagg.model.Article;
import org.newsagg.model.EventTag;
import org.newsagg.model.Syndication;
import org.newsagg.model.TaggedArticle;

/**
 * How long the read model's queries take over a store of realistic size: fills the sink topology (on a topology
 * test driver, RocksDB stores) with synthetic articles, then times each query. Prints numbers; asserts nothing.
 * {@code java -cp <test classpath> org.newsagg.sink.query.QueryBenchmark [actors] [hours] [articlesPerHour]}
 */
public final class QueryBenchmark {

    private QueryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int actors = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int hours = args.length > 1 ? Integer.parseInt(args[1]) : 48;
        int perHour = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Random random = new Random(42);
        Instant start = Instant.parse("2025-03-01T00:00:00Z");
        List<TaggedArticle> articles = new ArrayList<>();
        for (int i = 0; i < hours * perHour; i++) {
            Instant published = start.plusMillis((long) i * 3_600_000L / perHour);
            // Skewed actor popularity, as in news: a few actors in most articles.
            String a = actor(Math.min(actors - 1, (int) Math.abs(random.nextGaussian() * actors / 6)));
            String b = actor(random.nextInt(actors));
            String id = "x" + i;
            String outlet = "outlet" + random.nextInt(40);
            String url = "https://" + outlet + ".example/" + id;
            Article article = new Article(id, url, url, outlet, null, "Headline " + id, "s", "t", published, published,
                    "en", "h" + id);
            String root = String.format("%02d", 1 + random.nextInt(20));
            articles.add(new TaggedArticle(article, "story" + (i / 3), Syndication.of(outlet),
                    List.of(new ActorTag(a, a.substring(0, 3), "GOV", a, 1), new ActorTag(b, b.substring(0, 3), "GOV", b, 1)),
                    List.of(new EventTag(root + "0", root, "e", 1, 1.0, null, a, b, "s", "t", EventTag.ASSERTED)),
                    List.of()));
        }
        Path dir = Files.createTempDirectory("newsagg-query-bench");
        try (SinkDriver sink = new SinkDriver(dir, Map.of("newsagg.sink.windows", "15m,1h,1d,24h/1h"))) {
            long t0 = System.nanoTime();
            sink.pipe(articles);
            double fillSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("filled: %d articles, %d actors, %d hours in %.1fs (%.0f articles/s through the topology)%n",
                    articles.size(), actors, hours, fillSeconds, articles.size() / fillSeconds);
            LocalReadModel model = sink.readModel();
            Instant day = model.latestWindowStart("24h").orElseThrow();
            Instant hour = model.latestWindowStart("1h").orElseThrow();
            time("top(actor, 24h, current, 10)", 50, () -> model.top("actor", "24h", day, 10));
            time("top(dyad, 24h, current, 10)", 50, () -> model.top("dyad", "24h", day, 10));
            time("top(actor, 1h, current, 10)", 50, () -> model.top("actor", "1h", hour, 10));
            time("windows(actor, top actor, 1h, 24 windows)", 200,
                    () -> model.windows("actor", actor(0), "1h", hour.minusSeconds(23 * 3600), hour));
            time("latestWindowStart(24h)", 200, () -> model.latestWindowStart("24h"));
        }
    }

    static String actor(int i) {
        return String.format("A%02dGOV", i % 100) + (i / 100 == 0 ? "" : Integer.toString(i / 100));
    }

    static void time(String what, int runs, Supplier<?> query) {
        for (int i = 0; i < 5; i++) query.get();
        long[] micros = new long[runs];
        Object last = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            last = query.get();
            micros[i] = (System.nanoTime() - t) / 1000;
        }
        Arrays.sort(micros);
        int size = last instanceof List<?> l ? l.size() : 1;
        System.out.printf("%-45s median %7.2f ms   p90 %7.2f ms   (%d runs, %d results)%n", what,
                micros[runs / 2] / 1000.0, micros[runs * 9 / 10] / 1000.0, runs, size);
    }
}
