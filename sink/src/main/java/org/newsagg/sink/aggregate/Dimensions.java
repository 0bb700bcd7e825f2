package org.newsagg.sink.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsagg.model.ActorTag;
import org.newsagg.model.EventTag;
import org.newsagg.model.TaggedArticle;
import org.newsagg.sink.evidence.EventEvidence;

/**
 * The aggregate keys of a tagged article: its actors (full code and country), its asserted events (full code, root
 * and PLOVER category), its dyads (source, event root, target: GDELT's unit) and its outlet. Negated and
 * hypothetical events are not facts and count nowhere.
 *
 * <p>{@link #REGISTRY} is the one list of dimensions: the API validates against it and serves it
 * ({@code GET /api/dimensions}), the trending settings are checked against it at start, and a test pins
 * docs/schemas/aggregate.schema.json's enum to it. A new dimension is a constant here, its entry in the registry and
 * its keys in {@link #of}.
 */
public final class Dimensions {

    public static final String ACTOR = "actor";
    public static final String COUNTRY = "country";
    public static final String EVENT = "event";
    public static final String EVENT_ROOT = "eventRoot";
    public static final String PLOVER = "plover";
    public static final String DYAD = "dyad";
    public static final String OUTLET = "outlet";

    public static final List<Dimension> REGISTRY = List.of(
            new Dimension(ACTOR, "a CAMEO actor code: country plus role, an organisation or a group", "USAGOV"),
            new Dimension(COUNTRY, "the ISO 3166 alpha-3 country of an actor", "USA"),
            new Dimension(EVENT, "a CAMEO event code of an asserted event", "112"),
            new Dimension(EVENT_ROOT, "a CAMEO event root (01-20) of an asserted event", "11"),
            new Dimension(PLOVER, "the PLOVER category of an asserted event", "ACCUSE"),
            new Dimension(DYAD, "source actor, event root and target actor of an asserted event", "USAGOV|11|RUSMIL"),
            new Dimension(OUTLET, "the outlet that published the article", "Meridian Wire"));

    /** The dimensions' names, in registry order. */
    public static final List<String> ALL = REGISTRY.stream().map(Dimension::name).toList();

    private Dimensions() {}

    /**
     * Checks that every name is a dimension, so that a typo in a setting fails at start instead of ranking nothing.
     *
     * @param setting the setting the names came from, for the message
     */
    public static List<String> require(List<String> names, String setting) {
        for (String n : names) {
            if (!ALL.contains(n)) {
                throw new IllegalArgumentException(setting + ": unknown dimension '" + n + "', expected some of "
                        + String.join(", ", ALL));
            }
        }
        return List.copyOf(names);
    }

    /**
     * The article's contributions, one per distinct key, in a stable order; those of the {@code evidenceDimensions}
     * carry the sentence and trigger of each of their events, for the evidence store (only those: the others' would
     * cross the repartition topic for nothing).
     */
    public static List<Contribution> of(TaggedArticle t, List<String> evidenceDimensions) {
        List<EventTag> asserted = t.events() == null ? List.of()
                : t.events().stream().filter(EventTag::asserted).toList();
        int articleEvents = asserted.size();
        double articleGoldstein = asserted.stream().mapToDouble(EventTag::goldstein).sum();

        // key -> [events, goldsteinSum]; insertion-ordered so the output order is deterministic
        Map<String, double[]> keys = new LinkedHashMap<>();
        // key -> the sentence and trigger of each event counted under it, for the evidence store
        Map<String, List<EventEvidence>> evidence = new LinkedHashMap<>();
        for (ActorTag a : t.actors() == null ? List.<ActorTag>of() : t.actors()) {
            keys.putIfAbsent(ACTOR + "|" + a.code(), new double[] {articleEvents, articleGoldstein});
            if (a.country() != null) {
                keys.putIfAbsent(COUNTRY + "|" + a.country(), new double[] {articleEvents, articleGoldstein});
            }
        }
        for (EventTag e : asserted) {
            add(keys, evidence, evidenceDimensions, EVENT, e.code(), e);
            add(keys, evidence, evidenceDimensions, EVENT_ROOT, e.root(), e);
            if (e.plover() != null) add(keys, evidence, evidenceDimensions, PLOVER, e.plover(), e);
            if (e.source() != null && e.target() != null) {
                add(keys, evidence, evidenceDimensions, DYAD, e.source() + "|" + e.root() + "|" + e.target(), e);
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
                    entry.getValue()[1], t.article().title(), t.article().url())
                    .withEvidence(evidence.get(k)));
        }
        return out;
    }

    private static void add(Map<String, double[]> keys, Map<String, List<EventEvidence>> evidence,
            List<String> evidenceDimensions, String dimension, String value, EventTag e) {
        String key = dimension + "|" + value;
        if (evidenceDimensions.contains(dimension)) {
            evidence.computeIfAbsent(key, k -> new ArrayList<>()).add(EventEvidence.of(e));
        }
        double[] v = keys.computeIfAbsent(key, k -> new double[2]);
        v[0] += 1;
        v[1] += e.goldstein();
    }
}
