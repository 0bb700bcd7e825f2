package org.newsagg.streams.dedupe;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * MinHash sketches over word shingles: one of the whole body, to find syndicated copies, and one of its first
 * shingles (the lead), to find truncated copies such as a feed summary that is the first paragraph of the text.
 * Hash functions are fixed seeds, so sketches made by any instance, in any process, compare.
 */
public final class MinHashSketcher {

    /** The sketches of one body. */
    public record Sketches(int[] full, int[] lead, int shingles, int leadShingles) {}

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private final int shingleSize;
    private final int leadLength;
    private final long[] fullSeeds;
    private final long[] leadSeeds;

    public MinHashSketcher(int shingleSize, int fullHashes, int leadHashes, int leadLength) {
        this.shingleSize = shingleSize;
        this.leadLength = leadLength;
        this.fullSeeds = seeds(fullHashes, 1);
        this.leadSeeds = seeds(leadHashes, 2);
    }

    public Sketches sketch(String[] words, int size) {
        long[] shingles = shingleHashes(words, size);
        int distinct = countDistinct(shingles, shingles.length);
        int leadCount = Math.min(leadLength, shingles.length);
        return new Sketches(minHash(shingles, shingles.length, fullSeeds), minHash(shingles, leadCount, leadSeeds),
                distinct, countDistinct(shingles, leadCount));
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

    private static int[] minHash(long[] shingles, int count, long[] seeds) {
        int[] mins = new int[seeds.length];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        for (int s = 0; s < count; s++) {
            long x = shingles[s];
            for (int i = 0; i < seeds.length; i++) {
                int v = (int) (mix(x ^ seeds[i]) >>> 33);
                if (v < mins[i]) mins[i] = v;
            }
        }
        return mins;
    }

    private static int countDistinct(long[] values, int count) {
        long[] copy = java.util.Arrays.copyOf(values, count);
        java.util.Arrays.sort(copy);
        int distinct = 0;
        for (int i = 0; i < count; i++) if (i == 0 || copy[i] != copy[i - 1]) distinct++;
        return distinct;
    }

    private static long[] seeds(int n, long salt) {
        long[] out = new long[n];
        long s = SEED * salt;
        for (int i = 0; i < n; i++) out[i] = mix(s += SEED);
        return out;
    }

    /** FNV-1a over the word's chars, then mixed: stable across JVMs, unlike String.hashCode's spread. */
    static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
