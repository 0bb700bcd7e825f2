package org.newsagg.sink.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsagg.model.ActorTag;
import org.newsagg.model.EventTag;
import org.newsagg.model.TaggedArticle;

/**
 * The aggregate keys of a tagged article: its actors (full code and country), its asserted events (full code, root
 * and PLOVER category), its dyads (source, event root, target: GDELT's unit) and its outlet. Negated and
 * hypothetical events are not facts and count nowhere.
 */
public final class Dimensions {

    public static final String ACTOR = "actor";
    public static final String COUNTRY = "country";
    public static final String EVENT = "event";
    public static final String EVENT_ROOT = "eventRoot";
    public static final String PLOVER = "plover";
    public static final String DYAD = "dyad";
    public static final String OUTLET = "outlet";

    public static final List<String> ALL = List.of(ACTOR, COUNTRY, EVENT, EVENT_ROOT, PLOVER, DYAD, OUTLET);

    private Dimensions() {}

    /** The article's contributions, one per distinct key, in a stable order. */
    public static List<Contribution> of(TaggedArticle t) {
        List<EventTag> asserted = t.events() == null ? List.of()
                : t.events().stream().filter(EventTag::asserted).toList();
        int articleEvents = asserted.size();
        double articleGoldstein = asserted.stream().mapToDouble(EventTag::goldstein).sum();

        // key -> [events, goldsteinSum]; insertion-ordered so the output order is deterministic
        Map<String, double[]> keys = new LinkedHashMap<>();
        for (ActorTag a : t.actors() == null ? List.<ActorTag>of() : t.actors()) {
            keys.putIfAbsent(ACTOR + "|" + a.code(), new double[] {articleEvents, articleGoldstein});
            if (a.country() != null) {
                keys.putIfAbsent(COUNTRY + "|" + a.country(), new double[] {articleEvents, articleGoldstein});
            }
        }
        for (EventTag e : asserted) {
            add(keys, EVENT + "|" + e.code(), e);
            add(keys, EVENT_ROOT + "|" + e.root(), e);
            if (e.plover() != null) add(keys, PLOVER + "|" + e.plover(), e);
            if (e.source() != null && e.target() != null) {
                add(keys, DYAD + "|" + e.source() + "|" + e.root() + "|" + e.target(), e);
            }
        }
        if (t.article().source() != null) {
            keys.putIfAbsent(OUTLET + "|" + t.article().source(), new double[] {articleEvents, articleGoldstein});
        }

        List<Contribution> out = new ArrayList<>(keys.size());
        for (var entry : keys.entrySet()) {
            String k = entry.getKey();
            int bar = k.indexOf('|');
            out.add(new Contribution(k.substring(0, bar), k.substring(bar + 1), t.article().id(), t.storyId(),
                    t.article().source(), t.article().published(), false, (int) entry.getValue()[0],
                    entry.getValue()[1], t.article().title(), t.article().url()));
        }
        return out;
    }

    private static void add(Map<String, double[]> keys, String key, EventTag e) {
        double[] v = keys.computeIfAbsent(key, k -> new double[2]);
        v[0] += 1;
        v[1] += e.goldstein();
    }
}
