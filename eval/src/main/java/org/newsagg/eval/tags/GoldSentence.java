package org.newsagg.eval.tags;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsagg.model.Json;

/**
 * A hand-coded sentence for measuring the tagger: one JSON object per line with {@code id}, {@code text},
 * {@code published}, {@code gold_actors} and {@code gold_events} ({@code root}, optional {@code code},
 * {@code source}, {@code target}). Negated and hypothetical sentences have no gold events.
 */
public record GoldSentence(String id, String text, Instant published, List<String> goldActors,
                           List<GoldEvent> goldEvents) {

    public GoldSentence {
        goldActors = List.copyOf(goldActors);
        goldEvents = List.copyOf(goldEvents);
    }

    public static List<GoldSentence> readJsonl(Path p) {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return readJsonl(p.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** One of the gold sets bundled with the eval module ({@code /tagging/NAME.jsonl} on the classpath). */
    public static List<GoldSentence> readBundled(String name) {
        String resource = "/tagging/" + name + ".jsonl";
        InputStream in = GoldSentence.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalArgumentException("no bundled gold set " + name);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return readJsonl(name, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static List<GoldSentence> readJsonl(String p, BufferedReader r) throws IOException {
        List<GoldSentence> out = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            try {
                out.add(parse(Json.MAPPER.readTree(line)));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(p + " line " + n + " is not a gold sentence: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static GoldSentence parse(JsonNode n) {
        List<String> actors = new ArrayList<>();
        n.path("gold_actors").forEach(a -> actors.add(a.asText()));
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : n.path("gold_events")) {
            events.add(new GoldEvent(e.path("root").asText(), text(e, "code"), text(e, "source"), text(e, "target")));
        }
        String published = text(n, "published");
        return new GoldSentence(n.path("id").asText(), n.path("text").asText(),
                published == null ? null : Instant.parse(published), actors, events);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
