package org.newsagg.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsagg.model.Article;
import org.newsagg.model.Json;

/**
 * One of the project's hand-written fixture articles ({@code /dedupe/events.jsonl} in this module), with the event it
 * reports, so that tests can tell a copy of the same text from another article about the same event.
 */
public record HandWrittenArticle(String id, String source, Instant published, String event, String title, String text) {

    /** The fixture set of ten articles about four fictional events, written for this project. */
    public static final String EVENTS = "/dedupe/events.jsonl";

    public static List<HandWrittenArticle> read(String resource) {
        try (InputStream in = HandWrittenArticle.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<HandWrittenArticle> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) out.add(Json.MAPPER.readValue(line, HandWrittenArticle.class));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public Article toArticle() {
        return Articles.article(id, source, published, title, text);
    }
}
