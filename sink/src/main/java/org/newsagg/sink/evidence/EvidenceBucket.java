package org.newsagg.sink.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * The newest articles of one key in one grain of time (15 minutes by default), at most {@link #LIMIT}: the value of
 * the evidence store. Every window is a whole number of grains, so a window's newest {@code LIMIT} articles are
 * among its grains' newest {@code LIMIT}: the list of any window is exact, whatever its size.
 */
public record EvidenceBucket(List<EvidenceArticle> articles) {

    /** Articles listed behind one count at most: the newest of its window. */
    public static final int LIMIT = 50;

    /** This bucket with {@code a} added (replacing an entry of the same id), newest first, cut at the limit. */
    public EvidenceBucket with(EvidenceArticle a) {
        List<EvidenceArticle> out = new ArrayList<>(articles.size() + 1);
        for (EvidenceArticle x : articles) {
            if (!x.id().equals(a.id())) out.add(x);
        }
        out.add(a);
        out.sort(EvidenceArticle.NEWEST_FIRST);
        return new EvidenceBucket(List.copyOf(out.subList(0, Math.min(LIMIT, out.size()))));
    }

    /** The newest {@code LIMIT} articles of several buckets, newest first. */
    public static List<EvidenceArticle> newest(List<EvidenceBucket> buckets) {
        List<EvidenceArticle> all = new ArrayList<>();
        for (EvidenceBucket b : buckets) all.addAll(b.articles());
        all.sort(EvidenceArticle.NEWEST_FIRST);
        return List.copyOf(all.subList(0, Math.min(LIMIT, all.size())));
    }
}
