package org.newsagg.ingest.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsagg.ingest.publish.ArticleSink;
import org.newsagg.model.Article;

/**
 * Publishes archived articles in publication-time order with their original timestamps, as fast as possible or
 * paced at a multiple of real time, so that downstream windows see the same event times as the live run did.
 */
public final class Replayer {

    /** How a paced replay waits; the default sleeps, tests record. */
    interface Pacer {
        void waitFor(Duration duration) throws InterruptedException;
    }

    private static final int PROGRESS_EVERY = 1000;

    private final ArticleSink sink;
    private final Pacer pacer;

    public Replayer(ArticleSink sink) {
        this(sink, d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
    }

    Replayer(ArticleSink sink, Pacer pacer) {
        this.sink = sink;
        this.pacer = pacer;
    }

    /**
     * @param speed 0 = as fast as possible; 1 = real time; 60 = an hour of news per minute
     * @param progress where a progress line goes every 1000 articles and at the end; may be null
     */
    public ReplaySummary replay(List<Article> articles, double speed, PrintStream progress) {
        if (speed < 0 || Double.isNaN(speed)) throw new IllegalArgumentException("speed must be 0 or more, got " + speed);
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(ArchiveContents.ORDER);
        Set<String> feeds = new HashSet<>();
        int errors = 0;
        long start = System.nanoTime();
        long paced = 0;
        for (int i = 0; i < ordered.size(); i++) {
            Article article = ordered.get(i);
            if (speed > 0 && i > 0) {
                long dueNanos = (long) (Duration.between(ordered.get(0).published(), article.published()).toNanos() / speed);
                long wait = dueNanos - paced;
                if (wait > 0) {
                    try {
                        pacer.waitFor(Duration.ofNanos(wait));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    paced = dueNanos;
                }
            }
            try {
                sink.publish(article);
                if (article.feedUrl() != null) feeds.add(article.feedUrl());
            } catch (RuntimeException e) {
                errors++;
                if (progress != null) progress.println("cannot publish " + article.id() + ": " + e.getMessage());
            }
            if (progress != null && (i + 1) % PROGRESS_EVERY == 0) {
                progress.printf("replayed %d/%d articles%n", i + 1, ordered.size());
            }
        }
        try {
            sink.flush();
        } catch (RuntimeException e) {
            errors++;
            if (progress != null) progress.println("flush failed: " + e.getMessage());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long published = ordered.size();
        double perSecond = published / Math.max(1e-9, elapsed.toNanos() / 1e9);
        if (progress != null) {
            progress.printf("replayed %d articles from %d feeds in %.3f s (%.0f articles/s), %d errors%n",
                    published, feeds.size(), elapsed.toNanos() / 1e9, perSecond, errors);
        }
        return new ReplaySummary(published, feeds.size(), errors, perSecond, elapsed);
    }
}
