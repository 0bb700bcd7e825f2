package org.newsagg.sink.aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsagg.model.Aggregate;

/**
 * The running counts of one key in one window, as kept in the aggregate store. Distinct stories and outlets are
 * counted exactly through markers in a separate store (see {@link AggregateStores#DISTINCT}), so this value stays
 * small however busy the key is.
 */
public record WindowAccumulator(
        long articles,
        long stories,
        long sources,
        long syndicated,
        long events,
        long goldsteinTenths,
        Instant firstSeen,
        Instant lastSeen,
        List<Aggregate.Sample> samples,
        List<Instant> samplePublished) {

    static final int SAMPLES = 3;

    /** The earliest headlines, ties broken by link: the same articles give the same samples in any order. */
    private static final Comparator<Candidate> SAMPLE_ORDER = Comparator.comparing(Candidate::published)
            .thenComparing(x -> x.sample().url() == null ? "" : x.sample().url());

    public static final WindowAccumulator EMPTY =
            new WindowAccumulator(0, 0, 0, 0, 0, 0L, null, null, List.of(), List.of());

    /** Adds a contribution; {@code newStory} and {@code newSource} say whether its story and outlet are new here. */
    public WindowAccumulator add(Contribution c, boolean newStory, boolean newSource) {
        List<Aggregate.Sample> s = samples;
        List<Instant> sp = samplePublished;
        if (!c.copy() && c.title() != null) {
            var merged = new ArrayList<Candidate>();
            for (int i = 0; i < samples.size(); i++) merged.add(new Candidate(samples.get(i), samplePublished.get(i)));
            merged.add(new Candidate(new Aggregate.Sample(c.title(), c.url(), c.outlet()), c.published()));
            merged.sort(SAMPLE_ORDER);
            List<Candidate> kept = merged.subList(0, Math.min(SAMPLES, merged.size()));
            s = kept.stream().map(Candidate::sample).toList();
            sp = kept.stream().map(Candidate::published).toList();
        }
        return new WindowAccumulator(
                articles + (c.copy() ? 0 : 1),
                stories + (newStory ? 1 : 0),
                sources + (newSource ? 1 : 0),
                syndicated + (c.copy() ? 1 : 0),
                events + c.events(),
                // Goldstein scores have one decimal: summing them as whole tenths makes the average independent of
                // the order contributions arrive in (floating-point sums are not).
                goldsteinTenths + Math.round(c.goldsteinSum() * 10),
                firstSeen == null || c.published().isBefore(firstSeen) ? c.published() : firstSeen,
                lastSeen == null || c.published().isAfter(lastSeen) ? c.published() : lastSeen,
                s,
                sp);
    }

    /**
     * One window's value from the values of the buckets it is made of (each a tumbling window of the same key),
     * given its distinct counts, which buckets cannot add up: a story seen in two buckets counts once. Equal to
     * adding the buckets' contributions one by one.
     */
    static WindowAccumulator ofBuckets(List<WindowAccumulator> buckets, long stories, long sources) {
        long articles = 0, syndicated = 0, events = 0, goldsteinTenths = 0;
        Instant first = null, last = null;
        var merged = new ArrayList<Candidate>();
        for (WindowAccumulator b : buckets) {
            articles += b.articles;
            syndicated += b.syndicated;
            events += b.events;
            goldsteinTenths += b.goldsteinTenths;
            if (b.firstSeen != null && (first == null || b.firstSeen.isBefore(first))) first = b.firstSeen;
            if (b.lastSeen != null && (last == null || b.lastSeen.isAfter(last))) last = b.lastSeen;
            for (int i = 0; i < b.samples.size(); i++) merged.add(new Candidate(b.samples.get(i), b.samplePublished.get(i)));
        }
        // Each bucket holds its own earliest headlines, so the window's earliest are among them.
        merged.sort(SAMPLE_ORDER);
        List<Candidate> kept = merged.subList(0, Math.min(SAMPLES, merged.size()));
        return new WindowAccumulator(articles, stories, sources, syndicated, events, goldsteinTenths, first, last,
                kept.stream().map(Candidate::sample).toList(), kept.stream().map(Candidate::published).toList());
    }

    public Aggregate toAggregate(String dimension, String key, WindowSpec window, long windowStart) {
        Instant start = Instant.ofEpochMilli(windowStart);
        return new Aggregate(Aggregate.SCHEMA_VERSION, dimension, key, window.name(), start,
                start.plus(window.size()), articles, stories, sources, syndicated, events,
                events == 0 ? 0.0 : Math.round(goldsteinTenths * 100.0 / events) / 1000.0, firstSeen, lastSeen, samples);
    }

    private record Candidate(Aggregate.Sample sample, Instant published) {}
}
