package org.newsagg.streams.dedupe;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * MinHash sketches over word shingles: one of the whole body, to find syndicated copies, and one of its first
 * shingles (the lead), to find truncated copies such as a feed summary that is the first paragraph of the text.
 *
 * <p>One-permutation MinHash: each shingle is hashed once; the hash's high bits pick one of the sketch's bins and
 * its low bits are the value the bin keeps the least of. Bins no shingle fell into are filled by optimal
 * densification (Shrivastava, ICML 2017: an empty bin copies the first non-empty bin of its own fixed probe
 * sequence), so that two sketches still agree in a bin with probability equal to the Jaccard similarity of their
 * shingle sets. Why not one hash function per bin: that was 96 hashes per shingle, most of the near-duplicate time.
 * Hash functions have fixed seeds, so sketches made by any instance, in any process, compare.
 */
public final class MinHashSketcher {

    /** The sketches of one body. */
    public record Sketches(int[] full, int[] lead, int shingles, int leadShingles) {}

    private static final long SEED = 0x9E3779B97F4A7C15L;
    /** Re-hashes a shingle for the lead sketch, so that its bins are independent of the full sketch's. */
    private static final long LEAD_SALT = mix(SEED * 2);
    /** Densification probes per empty bin before falling back to the next non-empty bin in order. */
    private static final int MAX_PROBES = 1024;

    private final int shingleSize;
    private final int leadLength;
    private final int fullBins;
    private final int leadBins;

    public MinHashSketcher(int shingleSize, int fullBins, int leadBins, int leadLength) {
        this.shingleSize = shingleSize;
        this.leadLength = leadLength;
        this.fullBins = fullBins;
        this.leadBins = leadBins;
    }

    public Sketches sketch(String[] words, int size) {
        long[] shingles = shingleHashes(words, size);
        int leadCount = Math.min(leadLength, shingles.length);
        int[] distinct = countDistinct(shingles, leadCount);
        long[] lead = new long[leadCount];
        for (int i = 0; i < leadCount; i++) lead[i] = mix(shingles[i] ^ LEAD_SALT);
        return new Sketches(onePermutation(shingles, fullBins), onePermutation(lead, leadBins), distinct[0],
                distinct[1]);
    }

    /** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
    public static double jaccard(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) return 0.0;
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return (double) same / a.length;
    }

    /**
     * Estimated share of the smaller set that lies in the larger, from their Jaccard estimate and sizes:
     * |A ∩ B| = J (|A| + |B|) / (1 + J).
     */
    public static double containment(double jaccard, int sizeA, int sizeB) {
        int smaller = Math.min(sizeA, sizeB);
        if (smaller <= 0) return 0.0;
        double common = jaccard * (sizeA + sizeB) / (1.0 + jaccard);
        return Math.min(1.0, common / smaller);
    }

    public static String encode(int[] sketch) {
        ByteBuffer buf = ByteBuffer.allocate(sketch.length * 4);
        for (int v : sketch) buf.putInt(v);
        return Base64.getEncoder().withoutPadding().encodeToString(buf.array());
    }

    public static int[] decode(String encoded) {
        if (encoded == null) return new int[0];
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        int[] out = new int[buf.remaining() / 4];
        for (int i = 0; i < out.length; i++) out[i] = buf.getInt();
        return out;
    }

    private long[] shingleHashes(String[] words, int size) {
        if (size == 0) return new long[0];
        long[] wordHashes = new long[size];
        for (int i = 0; i < size; i++) wordHashes[i] = hash(words[i]);
        // A text shorter than one shingle is one shingle of all its words.
        int count = Math.max(1, size - shingleSize + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0;
            for (int j = i; j < Math.min(size, i + shingleSize); j++) h = h * 0x100000001B3L + wordHashes[j];
            out[i] = mix(h);
        }
        return out;
    }

    /** A sketch of {@code bins} bins of well-mixed hashes; all {@link Integer#MAX_VALUE} for no hashes. */
    static int[] onePermutation(long[] hashes, int bins) {
        long[] mins = new long[bins];
        java.util.Arrays.fill(mins, Long.MAX_VALUE);
        for (long h : hashes) {
            int bin = (int) (((h >>> 32) * bins) >>> 32);
            long v = h & 0xFFFF_FFFFL;
            if (v < mins[bin]) mins[bin] = v;
        }
        int[] sketch = new int[bins];
        if (hashes.length == 0) {
            java.util.Arrays.fill(sketch, Integer.MAX_VALUE);
            return sketch;
        }
        for (int i = 0; i < bins; i++) {
            long v = mins[i];
            // Optimal densification: probe bins in an order fixed by (bin, attempt) until one is not empty. Two
            // sketches with this bin empty agree on it exactly when they agree on the bin both probes reach first.
            for (int attempt = 1; v == Long.MAX_VALUE && attempt <= MAX_PROBES; attempt++) {
                v = mins[(int) (((mix(SEED * (i + 1) + attempt) >>> 32) * bins) >>> 32)];
            }
            // Reached only when nearly every bin is empty; still deterministic, and it ends.
            for (int j = i + 1; v == Long.MAX_VALUE; j++) v = mins[j % bins];
            sketch[i] = (int) v;
        }
        return sketch;
    }

    /** Distinct values among all of {@code values} and among the first {@code leadCount}. */
    private static int[] countDistinct(long[] values, int leadCount) {
        // Open addressing over well-mixed hashes: no sort, no boxing. 0 marks a free slot, so 0 is counted aside.
        long[] table = new long[Integer.highestOneBit(Math.max(4, values.length) * 2 - 1) * 2];
        int mask = table.length - 1;
        int distinct = 0;
        int lead = 0;
        boolean zero = false;
        for (int i = 0; i < values.length; i++) {
            if (i == leadCount) lead = distinct;
            long v = values[i];
            if (v == 0) {
                if (!zero) distinct++;
                zero = true;
                continue;
            }
            int at = (int) (v >>> 32) & mask;
            while (table[at] != 0 && table[at] != v) at = (at + 1) & mask;
            if (table[at] == 0) {
                table[at] = v;
                distinct++;
            }
        }
        if (leadCount >= values.length) lead = distinct;
        return new int[] {distinct, lead};
    }

    /**
     * A word's hash: {@link String#hashCode} (specified by the language, so the same in every JVM, and cached in the
     * string, whose hash the story profile needs anyway), spread by {@link #mix}.
     */
    static long hash(String word) {
        return mix(word.hashCode());
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
