package org.newsagg.app.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.newsagg.ingest.publish.ArticlePublisher;
import org.newsagg.model.Article;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;

/**
 * The fault tests' input: a deterministic archive of distinct stories from six outlets, every third one syndicated
 * by two other outlets (headline changed, a boilerplate line added), every second one re-polled later, in the
 * order a replay publishes them. Words come from {@code fault/story-words.txt}; the seed fixes every draw.
 *
 * <p>Times are recent on purpose: topics keep records 7 days by their timestamp (publication time), and the broker
 * deletes older ones at its next retention check, in the middle of a test.
 */
public final class StoryArchive {

    private final List<Article> articles;
    private final Set<String> originalIds;

    private StoryArchive(List<Article> articles, Set<String> originalIds) {
        this.articles = articles;
        this.originalIds = originalIds;
    }

    /** Every record to publish, in publication order. */
    List<Article> articles() {
        return articles;
    }

    /** Ids of the originals: what the tagged topic must hold, each exactly once. */
    Set<String> originalIds() {
        return originalIds;
    }

    /** Two days ago at midnight UTC: recent enough for the topics' retention, in the past for every window. */
    static Instant recentStart() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(Duration.ofDays(2));
    }

    static StoryArchive generate(int stories, long seed, Instant start) {
        Map<String, List<String>> words = sections();
        List<String[]> outlets = words.get("outlets").stream().map(l -> l.split("\\|")).toList();
        List<String> vocabulary = words.get("words").stream().flatMap(l -> Arrays.stream(l.trim().split("\\s+")))
                .toList();
        Random random = new Random(seed);
        record Timed(Instant emitted, int order, Article article) {}
        List<Timed> timed = new ArrayList<>();
        Set<String> originals = new TreeSet<>();
        for (int i = 0; i < stories; i++) {
            int outlet = i % outlets.size();
            Instant published = start.plus(Duration.ofMinutes(3L * i));
            String a = pick(random, words.get("actors"));
            String b = pick(random, words.get("actors"));
            String title = capitalize(a) + " " + pick(random, words.get("events")) + " " + b + " over "
                    + pick(random, vocabulary) + " " + pick(random, vocabulary);
            StringBuilder text = new StringBuilder(title).append('.');
            for (int sentence = 0; sentence < 5; sentence++) {
                text.append(' ').append(capitalize(pick(random, vocabulary)));
                for (int w = 0; w < 9; w++) text.append(' ').append(pick(random, vocabulary));
                text.append('.');
            }
            Article original = article(i, outlets.get(outlet), title, text.toString(), published, published);
            originals.add(original.id());
            timed.add(new Timed(published, timed.size(), original));
            if (i % 3 == 0) {
                for (int copy = 1; copy <= 2; copy++) {
                    String[] other = outlets.get((outlet + copy * 2) % outlets.size());
                    Instant at = published.plus(Duration.ofMinutes(copy * 6L - 1));
                    String copyText = text + "\n" + words.get("boilerplate").get(copy % words.get("boilerplate").size());
                    timed.add(new Timed(at, timed.size(),
                            article(i, other, "Update: " + title, copyText, at, at)));
                }
            }
            if (i % 2 == 0) {
                timed.add(new Timed(published.plus(Duration.ofMinutes(20)), timed.size(), original));
            }
        }
        timed.sort(Comparator.comparing(Timed::emitted).thenComparingInt(Timed::order));
        return new StoryArchive(timed.stream().map(Timed::article).toList(), originals);
    }

    private static Article article(int story, String[] outlet, String title, String text, Instant published,
            Instant fetched) {
        String url = "https://" + outlet[1] + "/news/" + story;
        String summary = text.substring(0, text.indexOf('.') + 1);
        return new Article("f-" + outlet[1].substring(0, outlet[1].indexOf('.')) + "-" + story, url, url, outlet[0],
                "https://" + outlet[1] + "/rss", title, summary, text, published, fetched.plusSeconds(60), "en",
                sha256(title + "\n" + text));
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Hex SHA-256 of the text: the content hash the archives give their articles. */
    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sections of the shared word list {@code /fault/story-words.txt}: heading -> its lines. */
    public static Map<String, List<String>> sections() {
        try (InputStream in = StoryArchive.class.getResourceAsStream("/fault/story-words.txt")) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            List<String> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("[")) {
                    current = new ArrayList<>();
                    out.put(line.substring(1, line.length() - 1), current);
                } else {
                    current.add(line.trim());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes articles to the raw topic the settings name, as ingest or replay would, and waits for every ack. */
    static void publishRaw(Map<String, Object> client, Settings settings, List<Article> articles) {
        try (ArticlePublisher publisher = new ArticlePublisher(client, Topics.from(settings).raw())) {
            articles.forEach(publisher::publish);
            publisher.flush();
        }
    }
}
