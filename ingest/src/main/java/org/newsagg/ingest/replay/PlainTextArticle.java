package org.newsagg.ingest.replay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.newsagg.ingest.feeds.ArticleIdentity;
import org.newsagg.ingest.feeds.BodyLimit;
import org.newsagg.ingest.feeds.FeedParseException;
import org.newsagg.model.Article;

/**
 * An article a user has in hand, as a plain UTF-8 text file: the first non-blank line is the title, the rest is the
 * body. What the offline tools ({@code parse}, {@code dedupe}, {@code tag}) read besides feeds and JSON-lines, so that
 * trying the tagger on one article needs no feed around it.
 *
 * <p>Its outlet is {@value #SOURCE}, its time the file's modification time (to the second, as feeds give it), and its
 * id the hash of the file's name: the same file read twice gives an equal article.
 */
final class PlainTextArticle {

    /** The outlet of every plain-text article. */
    static final String SOURCE = "file";

    private PlainTextArticle() {}

    static Article read(Path file, long maxBytes) throws FeedParseException {
        String location = file.toString();
        String text;
        Instant modified;
        try (InputStream in = Files.newInputStream(file)) {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(BodyLimit.read(in, maxBytes)))
                    .toString();
            modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (CharacterCodingException e) {
            throw new FeedParseException(location, "not UTF-8 text: save the article as UTF-8 to read it");
        } catch (BodyLimit.BodyTooLargeException e) {
            throw new FeedParseException(location, e.getMessage());
        } catch (IOException e) {
            throw new FeedParseException(location, "cannot read file: " + ReadProblem.describe(e));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> lines = Arrays.stream(text.split("\\R", -1)).map(String::strip).toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isEmpty()) first++;
        if (first == lines.size()) throw new FeedParseException(location, "empty: no title line");
        String title = lines.get(first);
        String body = paragraphs(lines.subList(first + 1, lines.size()));
        String guid = file.toAbsolutePath().normalize().toUri().toString();
        return new Article(ArticleIdentity.id(null, guid, SOURCE, title, modified), null, null, SOURCE, null, title,
                null, body, modified, modified, null, ArticleIdentity.contentHash(title, body));
    }

    /** Lines joined into paragraphs (a blank line ends one), paragraphs by a blank line; null when there are none. */
    private static String paragraphs(List<String> lines) {
        String joined = Arrays.stream(String.join("\n", lines).split("\n\\s*\n"))
                .map(p -> p.strip().replaceAll("\\s*\n\\s*", " "))
                .filter(p -> !p.isEmpty())
                .collect(Collectors.joining("\n\n"));
        return joined.isEmpty() ? null : joined;
    }
}
