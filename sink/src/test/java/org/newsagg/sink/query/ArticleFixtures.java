package org.newsagg.sink.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsagg.model.ActorTag;
import org.newsagg.model.Article;
import org.newsagg.model.EventTag;
import org.newsagg.model.Syndication;
import org.newsagg.model.TaggedArticle;

/**
 * Reads tagged-article fixtures written one per line, so that a test's data reads as a table:
 * {@code published id outlet story actors events}, where actors are comma-separated CAMEO codes and events are
 * comma-separated {@code code/root/source/target/goldstein}; "-" for none; '#' starts a comment.
 */
public final class ArticleFixtures {

    private ArticleFixtures() {}

    public static List<TaggedArticle> read(Class<?> owner, String resource) {
        List<TaggedArticle> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + resource + " next to " + owner.getName());
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                out.add(parse(l.split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One fixture line: {@code published id outlet story actors events}. */
    public static TaggedArticle line(String line) {
        return parse(line.strip().split("\\s+"));
    }

    private static TaggedArticle parse(String[] f) {
        Instant published = Instant.parse(f[0]);
        String id = f[1];
        String outlet = f[2];
        String url = "https://" + outlet + ".example/" + id;
        Article a = new Article(id, url, url, outlet, null, "Headline " + id, "summary", "text", published, published,
                "en", "hash-" + id);
        List<ActorTag> actors = new ArrayList<>();
        if (!f[4].equals("-")) {
            for (String code : f[4].split(",")) {
                boolean national = code.length() >= 6;
                actors.add(new ActorTag(code, national ? code.substring(0, 3) : null,
                        national ? code.substring(3) : null, code, 1));
            }
        }
        List<EventTag> events = new ArrayList<>();
        if (f.length > 5 && !f[5].equals("-")) {
            for (String e : f[5].split(",")) {
                String[] p = e.split("/");
                events.add(new EventTag(p[0], p[1], "event " + p[0], 3, Double.parseDouble(p[4]), null, p[2], p[3],
                        "sentence", "trigger", EventTag.ASSERTED));
            }
        }
        return new TaggedArticle(a, f[3], Syndication.of(outlet), actors, events, List.of());
    }
}
