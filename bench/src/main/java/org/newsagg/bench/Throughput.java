package org.newsagg.bench;

/** How many articles a run moved and how long it took, from first produce to the last record processed. */
public record Throughput(long articles, double seconds, double articlesPerSecond) {

    public static Throughput of(long articles, long nanos) {
        double seconds = nanos / 1e9;
        return new Throughput(articles, seconds, seconds <= 0 ? 0 : articles / seconds);
    }
}
