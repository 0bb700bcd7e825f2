package org.newsagg.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.newsagg.model.Article;

/** Generated articles in bulk, for tests that need many varied texts with copies among them. */
public final class SyntheticArticles {

    private static final int VOCABULARY = 20_000;

    private SyntheticArticles() {}

    /**
     * {@code n} articles of about {@code bytes} characters each, 30 s apart: sentences of Zipf-distributed words
     * (English stop words, then random letter strings), and one in five from the eleventh on a copy of an earlier
     * one with a by-line added and its last tenth cut. The same seed gives the same articles.
     */
    public static List<Article> withCopies(int n, int bytes, long seed) {
        Random random = new Random(seed);
        String[] vocabulary = vocabulary(random);
        double[] cumulative = zipf(VOCABULARY);
        List<Article> out = new ArrayList<>(n);
        Instant t = Instant.parse("2026-03-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            t = t.plus(Duration.ofSeconds(30));
            String text;
            if (i > 10 && random.nextInt(5) == 0) {
                String earlier = out.get(random.nextInt(i)).text();
                text = "By A. Writer, Staff Reporter\n" + earlier.substring(0, earlier.length() * 9 / 10);
            } else {
                StringBuilder sb = new StringBuilder(bytes + 16);
                while (sb.length() < bytes) {
                    int sentence = 8 + random.nextInt(20);
                    for (int w = 0; w < sentence; w++) {
                        String word = vocabulary[draw(cumulative, random)];
                        if (w == 0) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                        sb.append(word).append(w == sentence - 1 ? ". " : " ");
                    }
                    if (random.nextInt(4) == 0) sb.append('\n');
                }
                text = sb.toString();
            }
            out.add(Articles.article("bench-" + seed + "-" + i, "Outlet " + (i % 50), t,
                    text.substring(0, Math.min(60, text.length())), text));
        }
        return out;
    }

    private static String[] vocabulary(Random random) {
        String[] words = new String[VOCABULARY];
        List<String> common = stopwords();
        for (int i = 0; i < common.size(); i++) words[i] = common.get(i);
        for (int i = common.size(); i < VOCABULARY; i++) {
            char[] c = new char[3 + random.nextInt(8)];
            for (int k = 0; k < c.length; k++) c[k] = (char) ('a' + random.nextInt(26));
            words[i] = new String(c);
        }
        return words;
    }

    private static double[] zipf(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) c[i] = sum += 1.0 / (i + 1);
        for (int i = 0; i < n; i++) c[i] /= sum;
        return c;
    }

    private static int draw(double[] cumulative, Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }

    /** The streams module's stop words (on the classpath of every test that generates articles to dedupe). */
    private static List<String> stopwords() {
        String resource = "/dedupe/stopwords.txt";
        try (InputStream in = SyntheticArticles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the classpath: it is the streams module's");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
