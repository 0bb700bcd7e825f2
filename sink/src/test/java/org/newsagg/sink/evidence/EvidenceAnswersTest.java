package org.newsagg.sink.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.ActorTag;
import org.newsagg.model.Article;
import org.newsagg.model.EventTag;
import org.newsagg.model.Json;
import org.newsagg.model.Syndication;
import org.newsagg.model.TaggedArticle;
import org.newsagg.sink.aggregate.Contribution;
import org.newsagg.sink.aggregate.Dimensions;
import org.newsagg.sink.query.SinkDriver;

/**
 * The articles behind every count, as {@code /api/evidence} writes them, byte for byte as the sink wrote them before
 * the evidence was kept once per article (7 Dec 2026, issue 21): the same articles are piped (random ones, seeded, in
 * a scrambled order, a grain with more than 50 under one key, ties in publication time, re-sent articles, repeated
 * and hypothetical events, a sentence over the cut, non-ASCII text), and every key of every dimension is asked for
 * every window of every family over them. The answer's list is written as the API writes it ({@link Json}, the
 * pipeline's one mapper): the rest of an answer does not come from the evidence stores. The lists' SHA-256, one per
 * key, were captured from the sink of commit 1857347, which kept one entry per key, grain and article
 * ({@code evidence-answers.digests} beside this class). The lists themselves are written to
 * {@code target/evidence-answers.txt}, to compare by eye when a digest differs.
 */
class EvidenceAnswersTest {

    static final String ALL = "actor,country,event,eventRoot,plover,dyad,outlet";
    static final Instant FROM = Instant.parse("2025-03-10T06:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void everyKeysListsAreThoseOfTheSinkThatKeptAnEntryPerKey() throws IOException {
        List<TaggedArticle> articles = articles();
        List<String> lines = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        try (SinkDriver sink = new SinkDriver(stateDir, Map.of("newsagg.sink.evidence-dimensions", ALL))) {
            sink.pipe(articles);
            LocalEvidence evidence = sink.evidence();
            for (String groupKey : keys(articles)) {
                int bar = groupKey.indexOf('|');
                MessageDigest sha = sha256();
                for (Map.Entry<String, Instant> window : windows()) {
                    String line = groupKey + " " + window.getKey() + " " + window.getValue() + " " + Json.write(
                            evidence.evidence(groupKey.substring(0, bar), groupKey.substring(bar + 1), window.getKey(),
                                    window.getValue()));
                    lines.add(line);
                    sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
                digests.add(groupKey + " " + HexFormat.of().formatHex(sha.digest()));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "evidence-answers.txt"), lines, StandardCharsets.UTF_8);
        Files.write(Path.of("target", "evidence-answers.digests"), digests, StandardCharsets.UTF_8);
        assertEquals(expected(), String.join("\n", digests));
    }

    /** Every window of the driver's families over the articles' four hours: 15m and 1h, and 24h windows 3 h apart. */
    static List<Map.Entry<String, Instant>> windows() {
        List<Map.Entry<String, Instant>> out = new ArrayList<>();
        for (int q = 0; q < 16; q++) out.add(Map.entry("15m", FROM.plus(Duration.ofMinutes(15L * q))));
        for (int h = 0; h < 4; h++) out.add(Map.entry("1h", FROM.plus(Duration.ofHours(h))));
        for (int h = -23; h < 4; h += 3) out.add(Map.entry("24h", FROM.plus(Duration.ofHours(h))));
        return out;
    }

    static SortedSet<String> keys(List<TaggedArticle> articles) {
        SortedSet<String> keys = new TreeSet<>();
        for (TaggedArticle t : articles) {
            for (Contribution c : Dimensions.of(t, List.of())) keys.add(c.groupKey());
        }
        return keys;
    }

    static String expected() {
        try (InputStream in = EvidenceAnswersTest.class.getResourceAsStream("evidence-answers.digests")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String[] ACTORS = {"USAGOV", "RUSMIL", "UKRMIL", "NATO", "CHNGOV", "FRAGOV"};
    /** code, root, PLOVER category (null: none). */
    static final String[][] EVENTS = {{"112", "11", "ACCUSE"}, {"1124", "11", "ACCUSE"}, {"190", "19", "FIGHT"},
        {"036", "03", null}, {"043", "04", "CONSULT"}, {"173", "17", "COERCE"}};
    static final String[] OUTLETS = {"gazette", "courier", "ledger", "wire", "journal-é"};

    /** 200 articles over four hours, 70 in one quarter of an hour under one actor, scrambled, 12 sent twice. */
    static List<TaggedArticle> articles() {
        Random r = new Random(21);
        List<TaggedArticle> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Instant published = FROM.plus(Duration.ofMinutes(r.nextInt(240)))
                    .plusSeconds(r.nextBoolean() ? 0 : r.nextInt(60));
            out.add(article(String.format("g%03d", i), published, r));
        }
        // A full grain: 70 under USAGOV from 09:00, two by two at the same second (ordered by id then).
        for (int i = 0; i < 70; i++) {
            out.add(article(String.format("b%02d", 69 - i), Instant.parse("2025-03-10T09:00:00Z").plusSeconds(20L * (i / 2)),
                    r, "USAGOV"));
        }
        Collections.shuffle(out, r);
        for (int i = 0; i < 12; i++) out.add(out.get(r.nextInt(out.size())));
        return out;
    }

    static TaggedArticle article(String id, Instant published, Random r, String... required) {
        List<String> chosen = new ArrayList<>(List.of(required));
        int n = 1 + r.nextInt(3);
        while (chosen.size() < n) {
            String a = ACTORS[r.nextInt(ACTORS.length)];
            if (!chosen.contains(a)) chosen.add(a);
        }
        List<ActorTag> actors = chosen.stream()
                .map(a -> new ActorTag(a, a.length() == 6 ? a.substring(0, 3) : null, a.length() == 6 ? a.substring(3)
                        : null, a, 1))
                .toList();
        List<EventTag> events = new ArrayList<>();
        int m = r.nextInt(4);
        for (int j = 0; j < m; j++) {
            String[] e = EVENTS[r.nextInt(EVENTS.length)];
            String source = chosen.get(0);
            String target = chosen.size() > 1 ? chosen.get(1 + r.nextInt(chosen.size() - 1)) : null;
            String sentence = switch (r.nextInt(8)) {
                case 0 -> "Très long: " + "word ".repeat(150) + id; // over the 600 characters kept
                case 1 -> "Kyiv said « " + id + " » — " + "\uD83D\uDCF0";
                default -> "Sentence " + j + " of " + id + " (" + e[0] + ").";
            };
            String context = r.nextInt(6) == 0 ? EventTag.HYPOTHETICAL : EventTag.ASSERTED;
            EventTag tag = new EventTag(e[0], e[1], "event " + e[0], 3, -2.0, e[2], source, target, sentence,
                    "trigger " + e[0], context);
            events.add(tag);
            if (r.nextInt(10) == 0) events.add(tag); // the same event twice in an article
        }
        String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
        String url = "https://" + outlet + ".example/" + id;
        Article a = new Article(id, url, url, outlet, null, "Headline " + id + " – ünïcode", "s", "t", published,
                published, "en", "h" + id);
        return new TaggedArticle(a, "story-" + id.substring(0, 2), Syndication.of(outlet), actors, events, List.of());
    }
}
