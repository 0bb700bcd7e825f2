package org.newsagg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.Json;
import picocli.CommandLine;

/** Runs each eval subcommand on the small labelled fixtures under src/test/resources/eval, as a user would. */
class EvalCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static Path fixture(String name) {
        try {
            return Path.of(EvalCommandTest.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private int eval(String... args) {
        return new CommandLine(new EvalCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void feedsWritesEveryPrintedFigureAsJson(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("feeds.json");
        Path feeds = fixture("feeds");

        assertEquals(0, eval("feeds", feeds.toString(), "--json", json.toString()));

        JsonNode figures = Json.MAPPER.readTree(json.toFile());
        assertEquals(3, figures.get("files").asInt());
        assertEquals(2, figures.get("filesWithItems").asInt());
        assertEquals(0, figures.get("filesWithoutItems").asInt());
        assertEquals(1, figures.get("failures").size());
        assertEquals(feeds.resolve("truncated.xml").toString(), figures.get("failures").get(0).get("file").asText());
        assertEquals(3, figures.get("items").asInt());
        assertEquals(3, figures.get("itemsWithTitle").asInt());
        assertEquals(3, figures.get("itemsWithLink").asInt());
        assertEquals(2, figures.get("itemsWithDate").asInt());
        assertEquals(1, figures.get("recoveriesByKind").get("date missing").asInt());
        assertEquals(Json.MAPPER.readTree("{\"checked\":1,\"met\":0,\"metAsPlainText\":1}"), figures.get("expectWellFormed"));
        assertEquals(Json.MAPPER.readTree("{\"checked\":0,\"met\":0,\"metAsPlainText\":0}"), figures.get("expectIllFormed"));
        assertEquals("Harbour dues frozen", figures.get("mismatches").get(0).get("actual").asText());
        assertTrue(figures.get("feedsPerSecond").asDouble() > 0);

        assertTrue(out.toString().startsWith("files                           3\n"), out.toString());
        assertTrue(out.toString().contains("  in well-formed files                    1       0                  1\n"));
        assertEquals("figures written to " + json + "\n", err.toString(), "no progress bar off a terminal");
    }

    @Test
    void storiesWritesTheScoresAsJsonAndPrintsThemAsATable(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("stories.json");

        assertEquals(0, eval("stories", fixture("stories/articles.jsonl").toString(),
                fixture("stories/gold.json").toString(), "--json", json.toString(), "--no-progress"));

        // Predicted: {a1 a2 a3} {b1 b2} {c1}; gold splits a3, a follow-up, from a1 and a2.
        JsonNode figures = Json.MAPPER.readTree(json.toFile());
        assertEquals(6, figures.get("articles").asInt());
        assertEquals(4, figures.get("goldClusters").asInt());
        assertEquals(3, figures.get("predictedClusters").asInt());
        assertEquals(0, figures.get("falseDuplicates").asInt());
        double p = (2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1 + 1) / 6;
        assertEquals(p, figures.get("b3Precision").asDouble(), 1e-12);
        assertEquals(1.0, figures.get("b3Recall").asDouble(), 1e-12);
        assertEquals(2 * p / (p + 1), figures.get("b3F1").asDouble(), 1e-12);
        assertEquals(0.5, figures.get("pairPrecision").asDouble(), 1e-12);
        assertEquals(1.0, figures.get("pairRecall").asDouble(), 1e-12);
        assertEquals(2.0 / 3, figures.get("pairF1").asDouble(), 1e-12);

        assertEquals("""
                articles scored        6
                gold clusters          4
                predicted stories      3
                copies found           0
                false duplicates       0

                          precision   recall       F1
                B-cubed       0.778    1.000    0.875
                pairwise      0.500    1.000    0.667
                """, out.toString());
        assertEquals("figures written to " + json + "\n", err.toString());
    }

    @Test
    void tagsOfSeveralSetsEndsWithALinePerSetAndWritesTheScoresOfEachByName(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("tags.json");
        Path first = fixture("tags/sentences.jsonl");
        Path second = dir.resolve("again.jsonl");
        Files.copy(first, second);

        assertEquals(0, eval("tags", first.toString(), second.toString(), "--json", json.toString()));

        JsonNode figures = Json.MAPPER.readTree(json.toFile());
        assertEquals(List.of(first.toString(), second.toString()), fieldNames(figures));
        assertEquals(0.75, figures.get(second.toString()).get("eventRootRecall").asDouble());
        String[] lines = out.toString().split("\n");
        assertEquals("set                 sentences  actors P/R    roots P/R     src/tgt (found)  both right (all)  invented",
                lines[lines.length - 3]);
        assertTrue(lines[lines.length - 1].startsWith("..."), lines[lines.length - 1]);
        assertEquals(" 5  1.000/1.000   1.000/0.750   1.000/1.000      0.750             0 of 1",
                lines[lines.length - 1].substring(27));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void tagsWritesTheScoresAsJsonAndPrintsThemAsATable(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("tags.json");

        assertEquals(0, eval("tags", fixture("tags/sentences.jsonl").toString(), "--json", json.toString()));

        JsonNode figures = Json.MAPPER.readTree(json.toFile());
        assertEquals(5, figures.get("sentences").asInt());
        assertEquals(4, figures.get("goldEvents").asInt());
        assertEquals(3, figures.get("matchedEvents").asInt());
        assertEquals(1.0, figures.get("actorPrecision").asDouble());
        assertEquals(1.0, figures.get("actorRecall").asDouble());
        assertEquals(1.0, figures.get("eventRootPrecision").asDouble());
        assertEquals(0.75, figures.get("eventRootRecall").asDouble());
        assertEquals(1.0, figures.get("sourceAccuracy").asDouble());
        assertEquals(1.0, figures.get("targetAccuracy").asDouble());
        assertEquals(Json.MAPPER.readTree("{\"03\":{\"03\":1},\"05\":{\"--\":1},\"11\":{\"11\":1},\"19\":{\"19\":1}}"),
                figures.get("rootConfusion"));
        assertEquals("t5", figures.get("worstMisses").get(0).get("id").asText());
        assertEquals(0.75, figures.get("rolesRightOverAll").asDouble());
        assertEquals(1, figures.get("noEventSentences").asInt());
        assertEquals(0, figures.get("inventedEvents").asInt());

        assertTrue(out.toString().startsWith("""
                sentences 5, gold events 4

                                         precision   recall
                actors                       1.000    1.000
                event roots                  1.000    0.750
                                            source   target
                roles right                  1.000    1.000   over the 3 gold events whose root was found
                both roles right             0.750            over all 4 gold events (a missed event's roles are wrong)
                events invented             0 of 1            sentences with no gold event where an event was coded

                gold\\found  --  03  11  19
                03           .   1   .   .
                05           1   .   .   .
                11           .   .   1   .
                19           .   .   .   1

                Worst misses:
                - t5 (1 errors) actors [ECU, PER] gold [ECU, PER]; roots [] gold [05];
                """), out.toString());
    }

    @Test
    void progressGoesToStderrOnlyAndIsWipedBeforeTheTable() {
        assertEquals(0, eval("tags", fixture("tags/sentences.jsonl").toString(), "--progress"));

        String full = "eval tags [##############################] 100% 5/5 sentences";
        assertEquals(""
                + "\reval tags [######........................]  20% 1/5 sentences"
                + "\reval tags [############..................]  40% 2/5 sentences"
                + "\reval tags [##################............]  60% 3/5 sentences"
                + "\reval tags [########################......]  80% 4/5 sentences"
                + "\r" + full
                + "\r" + " ".repeat(full.length()) + "\r", err.toString());
        assertFalse(out.toString().contains("\r"));
    }

    @Test
    void anUnwritableJsonFileStopsTheRunBeforeItStarts(@TempDir Path dir) {
        Path json = dir.resolve("missing-dir").resolve("feeds.json");

        assertEquals(1, eval("feeds", fixture("feeds").toString(), "--json", json.toString()));

        assertEquals("", out.toString(), "no table: the corpus was not read");
        assertTrue(err.toString().contains("cannot write " + json + ": " + json.getParent() + " is not a writable directory"),
                err.toString());
    }

    @Test
    void storiesProgressCountsArticlesHandedToDedupe() {
        assertEquals(0, eval("stories", fixture("stories/articles.jsonl").toString(),
                fixture("stories/gold.json").toString(), "--progress"));

        assertTrue(err.toString().startsWith("\reval stories [#####.........................]  16% 1/6 articles"),
                err.toString());
        assertTrue(err.toString().endsWith("\r" + " ".repeat(
                "eval stories [##############################] 100% 6/6 articles".length()) + "\r"), err.toString());
    }

    @Test
    void feedsProgressCountsFiles() {
        assertEquals(0, eval("feeds", fixture("feeds").toString(), "--progress"));

        assertTrue(err.toString().startsWith("\reval feeds [..............................]   0% 0/3 files"
                + "\reval feeds [##########....................]  33% 1/3 files"), err.toString());
        assertTrue(err.toString().endsWith("\r" + " ".repeat("eval feeds [##############################] 100% 3/3 files".length())
                + "\r"), err.toString());
    }
}
