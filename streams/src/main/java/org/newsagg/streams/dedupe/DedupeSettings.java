package org.newsagg.streams.dedupe;

import java.time.Duration;
import org.newsagg.model.Settings;

/**
 * The knobs of the dedupe and story decision, read from keys {@code newsagg.dedupe.*} (see docs/dedupe.md for what
 * each does and how the defaults were chosen).
 *
 * @param retention             how long an article can be the original of a copy or a member of a story
 *                              ({@code newsagg.dedupe.retention})
 * @param nearThreshold         estimated Jaccard of body shingles at or above which two texts are copies
 *                              ({@code newsagg.dedupe.near-threshold})
 * @param containmentThreshold  estimated share of the shorter text found in the longer (whole bodies or leads) at
 *                              or above which it is a cut or truncated copy ({@code newsagg.dedupe.containment-threshold})
 * @param containmentFloor      least Jaccard for the whole-body containment rule, so that a short text sharing a
 *                              few phrases with a long one is not called a copy ({@code newsagg.dedupe.containment-floor})
 * @param shingleSize           words per shingle ({@code newsagg.dedupe.shingle-size})
 * @param bands                 LSH bands over the 64-bin body sketch, rows = 64 / bands ({@code newsagg.dedupe.bands})
 * @param leadShingles          shingles in the lead sketch ({@code newsagg.dedupe.lead-shingles})
 * @param storyThreshold        TF-IDF cosine at or above which an article joins a story
 *                              ({@code newsagg.dedupe.story-threshold})
 * @param storyEntityThreshold cosine over proper nouns and names alone that an article must also reach with a
 *                              story, so that two events of one kind (two earthquakes) stay apart
 *                              ({@code newsagg.dedupe.story-entity-threshold})
 * @param storyDateWeight       weight of the agreement of the years, months and weekdays an article and a story name
 *                              ({@link EventSignature#agreement}, -3 to 3), added to their cosine: dates tell two
 *                              events of one kind apart when names do not ({@code newsagg.dedupe.story-date-weight})
 * @param storyProtagonistPenalty subtracted from the closeness of an article and a story whose heaviest proper nouns
 *                              differ: the article's is not in the story and the story's is not in the article, as
 *                              when two players of one team are put on injured reserve; waived when they share half
 *                              their names (entity cosine 0.5 or more)
 *                              ({@code newsagg.dedupe.story-protagonist-penalty}; 0 turns it off)
 * @param storyWindow           how far apart in publication time two articles of one story may be
 *                              ({@code newsagg.dedupe.story-window})
 * @param profileTerms          terms kept in an article's story profile ({@code newsagg.dedupe.profile-terms})
 * @param indexTerms            most frequent terms of an article whose document frequency is read and which are
 *                              posted ({@code newsagg.dedupe.index-terms})
 * @param retrievalTerms        heaviest profile terms whose postings are read for story candidates
 *                              ({@code newsagg.dedupe.retrieval-terms})
 * @param maxPostings           a term posted by this many articles within the retention is no longer posted nor
 *                              read: its document frequency saturates there ({@code newsagg.dedupe.max-postings})
 * @param maxCandidates         story candidates scored per article ({@code newsagg.dedupe.max-candidates})
 * @param properNounBoost       weight factor of proper nouns and names ({@code newsagg.dedupe.proper-noun-boost})
 * @param titleBoost            how many times a headline word counts ({@code newsagg.dedupe.title-boost})
 */
public record DedupeSettings(
        Duration retention,
        double nearThreshold,
        double containmentThreshold,
        double containmentFloor,
        int shingleSize,
        int bands,
        int leadShingles,
        double storyThreshold,
        double storyEntityThreshold,
        double storyDateWeight,
        double storyProtagonistPenalty,
        Duration storyWindow,
        int profileTerms,
        int indexTerms,
        int retrievalTerms,
        int maxPostings,
        int maxCandidates,
        double properNounBoost,
        double titleBoost) {

    public static final String PREFIX = "newsagg.dedupe.";
    /** Bins in the body sketch; the lead sketch has half as many. Fixed: stored sketches must stay comparable. */
    public static final int SKETCH_HASHES = 64;

    public DedupeSettings {
        if (retention.isNegative() || retention.isZero()) throw new IllegalArgumentException("retention must be positive");
        if (SKETCH_HASHES % bands != 0) throw new IllegalArgumentException("bands must divide " + SKETCH_HASHES + ", got " + bands);
        if (shingleSize < 1) throw new IllegalArgumentException("shingle-size must be at least 1");
    }

    public static DedupeSettings defaults() {
        return new DedupeSettings(Duration.ofDays(7), 0.5, 0.7, 0.2, 4, 16, 50,
                0.2, 0.2, 0.08, 0.2, Duration.ofHours(48), 40, 48, 10, 2000, 20, 2.0, 2.0);
    }

    public static DedupeSettings from(Settings s) {
        DedupeSettings d = defaults();
        return new DedupeSettings(
                s.getDuration(PREFIX + "retention", d.retention),
                s.getDouble(PREFIX + "near-threshold", d.nearThreshold),
                s.getDouble(PREFIX + "containment-threshold", d.containmentThreshold),
                s.getDouble(PREFIX + "containment-floor", d.containmentFloor),
                s.getInt(PREFIX + "shingle-size", d.shingleSize),
                s.getInt(PREFIX + "bands", d.bands),
                s.getInt(PREFIX + "lead-shingles", d.leadShingles),
                s.getDouble(PREFIX + "story-threshold", d.storyThreshold),
                s.getDouble(PREFIX + "story-entity-threshold", d.storyEntityThreshold),
                s.getDouble(PREFIX + "story-date-weight", d.storyDateWeight),
                s.getDouble(PREFIX + "story-protagonist-penalty", d.storyProtagonistPenalty),
                s.getDuration(PREFIX + "story-window", d.storyWindow),
                s.getInt(PREFIX + "profile-terms", d.profileTerms),
                s.getInt(PREFIX + "index-terms", d.indexTerms),
                s.getInt(PREFIX + "retrieval-terms", d.retrievalTerms),
                s.getInt(PREFIX + "max-postings", d.maxPostings),
                s.getInt(PREFIX + "max-candidates", d.maxCandidates),
                s.getDouble(PREFIX + "proper-noun-boost", d.properNounBoost),
                s.getDouble(PREFIX + "title-boost", d.titleBoost));
    }
}
