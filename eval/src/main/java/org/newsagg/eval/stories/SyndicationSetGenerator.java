package org.newsagg.eval.stories;

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
import org.newsagg.model.Article;
import org.newsagg.streams.dedupe.ResourceLines;

/**
 * Builds the dedupe evaluation set from hand-written distinct articles: for each, syndicated copies with realistic
 * edits (new headline, outlet boilerplate, a paragraph cut, a few words changed, truncation to the first paragraph)
 * and re-polls, shuffled into a plausible arrival order. Seeded, so every run gives the same set.
 */
public final class SyndicationSetGenerator {

    /** A hand-written article and the event it reports. */
    public record BaseArticle(String id, String source, Instant published, String event, String title, String text) {}

    /**
     * The generated stream with its gold labels.
     *
     * @param articles arrival order
     * @param family   article id -> id of the base article whose text it carries
     * @param event    article id -> the event it reports
     */
    public record LabelledSet(List<Article> articles, Map<String, String> family, Map<String, String> event) {}

    private static final String[] OUTLETS = {"Daily Ray", "The Meridian", "Post Chronicle", "Civic Times",
        "Lakeside Herald", "Morning Star Online", "Capital Express", "Bay Observer"};
    private static final String[] HEADLINE_PREFIXES = {"UPDATE: ", "Live: ", "Breaking: ", "", "WATCH: "};
    private static final String[] SUBSTITUTES = {"reportedly", "also", "about", "nearly", "local", "several",
        "officials", "on Monday", "late", "again"};

    private final List<String> topLines = new ArrayList<>();
    private final List<String> endLines = new ArrayList<>();

    public SyndicationSetGenerator() {
        for (String line : ResourceLines.read("/dedupe/syndication-edits.txt")) {
            if (line.startsWith("top:")) topLines.add(line.substring(4));
            else if (line.startsWith("end:")) endLines.add(line.substring(4));
        }
    }

    /** Copies per base article vary between 2 and {@code maxCopies}; a third of bases are also re-polled. */
    public LabelledSet generate(List<BaseArticle> bases, int maxCopies, long seed) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>();
        Map<String, String> family = new LinkedHashMap<>();
        Map<String, String> event = new LinkedHashMap<>();
        for (BaseArticle b : bases) {
            Article original = article(b.id(), b.source(), b.published(), b.title(), b.text());
            out.add(original);
            family.put(b.id(), b.id());
            event.put(b.id(), b.event());
            int copies = 2 + random.nextInt(Math.max(1, maxCopies - 1));
            for (int c = 0; c < copies; c++) {
                String id = b.id() + "~copy" + c;
                String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
                Instant at = b.published().plus(Duration.ofMinutes(random.nextInt(12 * 60) - 60));
                out.add(article(id, outlet, at, headline(b.title(), random), edit(b.text(), random)));
                family.put(id, b.id());
                event.put(id, b.event());
            }
            if (random.nextInt(3) == 0) out.add(original); // a re-poll: same id, same content
        }
        // Arrival roughly by publication time; a copy published before its original arrives first.
        List<Article> ordered = new ArrayList<>(out);
        ordered.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
        return new LabelledSet(List.copyOf(ordered), family, event);
    }

    private String headline(String title, Random random) {
        String[] words = title.split(" ");
        // Outlets rewrite headlines: keep a varying head of the original, add their own framing.
        int keep = Math.max(3, words.length - random.nextInt(4));
        return HEADLINE_PREFIXES[random.nextInt(HEADLINE_PREFIXES.length)]
                + String.join(" ", Arrays.copyOf(words, Math.min(keep, words.length)));
    }

    private String edit(String text, Random random) {
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n")));
        int kind = random.nextInt(5);
        if (kind == 0) {
            paragraphs = new ArrayList<>(paragraphs.subList(0, 1)); // a feed summary: the first paragraph only
        } else if (kind == 1 && paragraphs.size() > 3) {
            paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1)); // one paragraph cut
        } else if (kind == 2 && paragraphs.size() > 3) {
            paragraphs = new ArrayList<>(paragraphs.subList(0, paragraphs.size() - 1)); // the tail cut
        }
        if (kind != 0) {
            for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                int p = random.nextInt(paragraphs.size());
                paragraphs.set(p, changeWord(paragraphs.get(p), random));
            }
        }
        List<String> lines = new ArrayList<>();
        if (random.nextBoolean()) lines.add(topLines.get(random.nextInt(topLines.size())));
        if (random.nextInt(3) == 0) lines.add(topLines.get(random.nextInt(topLines.size())));
        lines.addAll(paragraphs);
        if (random.nextBoolean()) lines.add(endLines.get(random.nextInt(endLines.size())));
        if (random.nextInt(3) == 0) lines.add(endLines.get(random.nextInt(endLines.size())));
        return String.join("\n", lines);
    }

    private static String changeWord(String paragraph, Random random) {
        String[] words = paragraph.split(" ");
        int at = random.nextInt(words.length);
        words[at] = SUBSTITUTES[random.nextInt(SUBSTITUTES.length)];
        return String.join(" ", words);
    }

    /** An article as ingest would publish it; the content hash covers title and text, as ingest's does. */
    public static Article article(String id, String source, Instant published, String title, String text) {
        String summary = text.split("\n", 2)[0];
        return new Article(id, "https://news.example/" + id, "https://news.example/" + id, source,
                "https://news.example/feed", title, summary, text, published, published, "en",
                sha256(title + "\n" + text));
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
