package org.newsagg.model;

import java.util.List;

/**
 * How widely an article's text has spread when it was emitted: the article itself plus the near or exact copies
 * already seen. Copies seen later go to the duplicates topic and are counted there.
 *
 * @param count   articles carrying this text, at least 1
 * @param outlets distinct outlets carrying it, sorted
 */
public record Syndication(int count, List<String> outlets) {

    public static Syndication of(String outlet) {
        return new Syndication(1, outlet == null ? List.of() : List.of(outlet));
    }
}
