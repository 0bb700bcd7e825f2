package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHashSketcherTest {

    private final MinHashSketcher sketcher = new MinHashSketcher(4, 64, 32, 50);

    @Test
    void identicalTextsHaveIdenticalSketchesAndSimilarityOne() {
        MinHashSketcher.Sketches a = sketch(words(0, 200));
        MinHashSketcher.Sketches b = new MinHashSketcher(4, 64, 32, 50).sketch(words(0, 200), 200);
        assertArrayEquals(a.full(), b.full());
        assertArrayEquals(a.lead(), b.lead());
        assertEquals(1.0, MinHashSketcher.jaccard(a.full(), b.full()));
        assertEquals(1.0, MinHashSketcher.jaccard(a.lead(), b.lead()));
    }

    @Test
    void sketchesAreTheSameInEveryRunAndProcess() {
        // Stored sketches are compared with ones made after a restart or on another instance: pinned values.
        MinHashSketcher.Sketches s = sketch(new String[] {"the", "mayor", "of", "springfield", "opened", "a", "bridge"});
        assertEquals(4, s.shingles());
        assertArrayEquals(new int[] {229794259, 1491047293, 391183845, 229794259}, Arrays.copyOf(s.full(), 4));
        assertEquals(499567165, Arrays.hashCode(s.full()));
        assertArrayEquals(new int[] {895657851, -633280169, -1104866833, -1104866833}, Arrays.copyOf(s.lead(), 4));
        assertEquals(-1317142803, Arrays.hashCode(s.lead()));
    }

    @Test
    void estimatedJaccardIsCloseToTheExactOneOnAverage() {
        // 50 fixed pairs of 200-word texts, the second shifted by 50 words: 197 shingles each, 147 shared, Jaccard
        // 147/247 = 0.595. The estimates average 0.604; one of them is off by 0.155, about three standard deviations
        // of a 64-bin sketch (0.05 to 0.06), the bound the thresholds in docs/dedupe.md were chosen with.
        Random random = new Random(7);
        double sum = 0;
        double worst = 0;
        for (int pair = 0; pair < 50; pair++) {
            String[] words = IntStream.range(0, 250).mapToObj(i -> Long.toString(random.nextLong(), 36))
                    .toArray(String[]::new);
            MinHashSketcher.Sketches a = sketch(Arrays.copyOfRange(words, 0, 200));
            MinHashSketcher.Sketches b = sketch(Arrays.copyOfRange(words, 50, 250));
            double estimate = MinHashSketcher.jaccard(a.full(), b.full());
            sum += estimate;
            worst = Math.max(worst, Math.abs(estimate - 147.0 / 247));
        }
        assertEquals(0.604375, sum / 50);
        assertEquals(0.155, Math.round(worst * 1000) / 1000.0);
    }

    @Test
    void disjointTextsHaveSimilarityZero() {
        assertEquals(0.0, MinHashSketcher.jaccard(sketch(words(0, 300)).full(), sketch(words(1000, 1300)).full()));
    }

    @Test
    void leadSketchComparesOnlyTheFirstShingles() {
        // Same first 60 words, different rest: the leads (first 50 shingles) are identical, the bodies are not.
        String[] a = words(0, 300);
        String[] b = words(0, 300);
        for (int i = 60; i < 300; i++) b[i] = "other" + i;
        MinHashSketcher.Sketches sa = sketch(a);
        MinHashSketcher.Sketches sb = sketch(b);
        assertEquals(50, sa.leadShingles());
        assertEquals(1.0, MinHashSketcher.jaccard(sa.lead(), sb.lead()));
        assertEquals(0.140625, MinHashSketcher.jaccard(sa.full(), sb.full())); // exact: 57/540 = 0.106
    }

    @Test
    void shortTextFillsEveryBin() {
        // 7 shingles for 64 bins (two of them fall into one): densification fills the empty bins from the others.
        MinHashSketcher.Sketches s = sketch(words(0, 10));
        assertEquals(7, s.shingles());
        assertFalse(Arrays.stream(s.full()).anyMatch(v -> v == Integer.MAX_VALUE));
        assertEquals(6, Arrays.stream(s.full()).distinct().count());
    }

    @Test
    void repeatedShinglesCountOnce() {
        String[] text = "a b c d a b c d a b c d".split(" ");
        MinHashSketcher.Sketches s = sketch(text);
        assertEquals(4, s.shingles());
        assertEquals(4, s.leadShingles());
    }

    @Test
    void emptyTextHasNoShinglesAndAnEmptySketch() {
        MinHashSketcher.Sketches s = sketch(new String[0]);
        assertEquals(0, s.shingles());
        assertEquals(0, s.leadShingles());
        assertArrayEquals(IntStream.range(0, 64).map(i -> Integer.MAX_VALUE).toArray(), s.full());
    }

    @Test
    void containmentOfACutCopyFollowsFromJaccardAndSizes() {
        // 100 shingles inside 200: Jaccard 0.5, |A ∩ B| = 0.5 · 300 / 1.5 = 100, all of the smaller.
        assertEquals(1.0, MinHashSketcher.containment(0.5, 100, 200));
        assertEquals(0.5, MinHashSketcher.containment(0.2, 100, 200));
    }

    private MinHashSketcher.Sketches sketch(String[] words) {
        return sketcher.sketch(words, words.length);
    }

    private static String[] words(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "w" + i).toArray(String[]::new);
    }

}
