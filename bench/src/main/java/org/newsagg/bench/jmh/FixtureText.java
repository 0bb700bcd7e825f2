package org.newsagg.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.newsagg.ingest.feeds.ArticleIdentity;
import org.newsagg.model.Article;

/**
 * Deterministic article texts for the benchmarks, made from the sentences and countries in the resource files:
 * the same seed gives the same texts, so two runs measure the same work.
 */
public final class FixtureText {

    private final List<String> sentences = lines("sentences.txt");
    private final List<String> countries = lines("countries.txt");
    private final SplittableRandom random;

    public FixtureText(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Paragraphs of three sentences about two countries, about {@code size} characters in all. */
    public List<String> paragraphs(int size) {
        String a = countries.get(random.nextInt(countries.size()));
        String b;
        do {
            b = countries.get(random.nextInt(countries.size()));
        } while (b.equals(a));
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        int length = 0;
        int inParagraph = 0;
        while (length < size) {
            String s = sentences.get(random.nextInt(sentences.size())).replace("{A}", a).replace("{B}", b);
            if (inParagraph == 3) {
                out.add(p.toString());
                p.setLength(0);
                inParagraph = 0;
            }
            if (p.length() > 0) p.append(' ');
            p.append(s);
            inParagraph++;
            length += s.length() + 1;
        }
        out.add(p.toString());
        return out;
    }

    /** An article of about {@code size} characters published at {@code published}, with a unique id. */
    public Article article(int seq, int size, Instant published) {
        List<String> paragraphs = paragraphs(size);
        String text = String.join("\n\n", paragraphs);
        String title = paragraphs.get(0).substring(0, Math.min(80, paragraphs.get(0).indexOf('.') + 1));
        String url = "https://wire.example/world/" + seq;
        return new Article(ArticleIdentity.id(url, null, null, null, null), url, url, "Benchmark Wire",
                "https://wire.example/rss", title, paragraphs.get(0), text, published,
                published.plus(Duration.ofMinutes(1)), "en", ArticleIdentity.contentHash(title, text));
    }

    /** A syndicated copy: another outlet and url, a prefixed headline, boilerplate instead of the last paragraph. */
    public static Article syndicatedCopy(Article original, int seq, Instant published) {
        List<String> paragraphs = new ArrayList<>(List.of(original.text().split("\n\n")));
        if (paragraphs.size() > 2) paragraphs.remove(paragraphs.size() - 1);
        paragraphs.add("Sign up for our newsletter to get the top stories in your inbox every morning.");
        String text = String.join("\n\n", paragraphs);
        String title = "UPDATE 1-" + original.title();
        String url = "https://copydesk.example/news/" + seq;
        return new Article(ArticleIdentity.id(url, null, null, null, null), url, url, "Copy Desk",
                "https://copydesk.example/rss", title, paragraphs.get(0), text, published,
                published.plus(Duration.ofMinutes(1)), "en", ArticleIdentity.contentHash(title, text));
    }

    private static List<String> lines(String name) {
        try (InputStream in = FixtureText.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the benchmarks jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
