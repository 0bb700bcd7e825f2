package org.newsagg.streams.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.newsagg.model.Article;
import org.newsagg.model.DeadLetters;
import org.newsagg.streams.StageMetrics;

/**
 * Runs the {@link Deduplicator} on each raw article against the task's state stores, and sweeps expired term counts
 * each time stream time (publication time) moves an eighth of the retention, as window stores drop their segments.
 *
 * <p>It also decides, once and for the whole pipeline, whether an article is too late to count
 * ({@link LatenessRule}), against the task's stream time, the dedupe watermark: this is the one task that reads every
 * article in one replayable order. Every outcome carries that watermark; a late one carries the reason, and its
 * headers say so for the dead-letter topic.
 */
public final class DedupeProcessor implements Processor<String, Article, String, DedupeOutcome> {

    private final DedupeSettings settings;
    private final LatenessRule lateness;
    private final StageMetrics metrics;
    private ProcessorContext<String, DedupeOutcome> context;
    private Deduplicator deduplicator;
    private TaskDedupeStore store;
    private LateArticles lateArticles;

    public DedupeProcessor(DedupeSettings settings, LatenessRule lateness, StageMetrics metrics) {
        this.settings = settings;
        this.lateness = lateness;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, DedupeOutcome> context) {
        this.context = context;
        this.deduplicator = new Deduplicator(settings);
        this.store = TaskDedupeStore.from(context, settings.retention());
        WindowStore<String, Integer> late = context.getStateStore(LateArticles.STORE);
        this.lateArticles = new LateArticles(late);
        Duration sweepEvery = settings.retention().dividedBy(8);
        context.schedule(sweepEvery.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : sweepEvery,
                PunctuationType.STREAM_TIME, now -> store.sweep());
    }

    @Override
    public void process(Record<String, Article> record) {
        // RawArticleValidator has checked the article at the raw topic.
        Article article = record.value();
        metrics.articleIn();
        // The task's stream time includes this record; restored from the committed offsets after a restart, so
        // a replay of the same raw topic sees the same watermark at every article. The record's timestamp is its
        // publication time, capped at the wall clock plus a skew (ArticleTimestampExtractor).
        long watermark = Math.max(context.currentStreamTimeMs(), record.timestamp());
        DedupeDecision decision = deduplicator.decide(article, store);
        StoredArticle original = !decision.isDuplicate() || decision.duplicateOf() == null ? null
                : store.get(decision.duplicateOf()).orElse(null);
        String originalSource = original == null ? null : original.source();
        metrics.verdict(decision.verdict());
        String late = late(article, decision, original, watermark);
        if (late != null) {
            metrics.late();
            var meta = context.recordMetadata();
            DeadLetters.annotate(record.headers(), "late", late, null, "streams",
                    meta.map(m -> m.topic()).orElse(null), meta.map(m -> m.partition()).orElse(-1),
                    meta.map(m -> m.offset()).orElse(-1L));
        }
        context.forward(record.withKey(article.id()).withValue(
                new DedupeOutcome(article, decision, originalSource, Instant.ofEpochMilli(watermark), late)));
    }

    /** Why the article must count nowhere, or null when it counts. */
    private String late(Article article, DedupeDecision decision, StoredArticle original, long watermark) {
        if (!decision.isDuplicate()) {
            String why = lateness.lateArticle(article.published().toEpochMilli(), watermark);
            if (why != null) lateArticles.add(article.id(), article.published().toEpochMilli());
            return why;
        }
        // Only a copy from another outlet counts (as spread); any other copy counts nowhere and is never late.
        if (original == null || article.source() == null || Objects.equals(article.source(), original.source())) {
            return null;
        }
        if (lateArticles.contains(original.id())) {
            return "copy of article " + original.id() + ", which was late and counts nowhere";
        }
        return lateness.lateCopy(original.published().toEpochMilli(), watermark);
    }
}
