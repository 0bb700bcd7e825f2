package org.newsagg.streams.tagging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsagg.model.ActorTag;
import org.newsagg.model.Article;
import org.newsagg.model.EventTag;

/** A small dictionary tagger. */
public final class ArticleTagger {
    private static final Map<String, String> COUNTRIES = Map.of("United States", "USA", "Russia", "RUS",
            "Ukraine", "UKR", "NATO", "NATO", "Iran", "IRN", "China", "CHN", "Japan", "JPN", "France", "FRA",
            "Sudan", "SDN", "European Union", "EU");

    public static ArticleTagger load(TaggingSettings settings) {
        return new ArticleTagger();
    }

    public ArticleTags tag(Article article) {
        return tag(article.fullText(), article.published());
    }

    public ArticleTags tag(String text, Instant date) {
        List<ActorTag> actors = new ArrayList<>();
        COUNTRIES.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            int n = text.split(e.getKey(), -1).length - 1;
            if (n > 0) actors.add(new ActorTag(e.getValue(), e.getValue().length() == 3 ? e.getValue() : null, null, e.getKey(), n));
        });
        List<EventTag> events = new ArrayList<>();
        if (text.contains("accus")) events.add(new EventTag("112", "11", "Accuse", 3, -2.0, "ACCUSE", null, null, "", "accuse", EventTag.ASSERTED));
        return new ArticleTags(actors, events, List.of());
    }

    public String explain(Article article) {
        return tag(article).toString();
    }
}
