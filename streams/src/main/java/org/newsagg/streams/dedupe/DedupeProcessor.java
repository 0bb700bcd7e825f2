package org.newsagg.streams.dedupe;

import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.newsagg.model.Article;
import org.newsagg.streams.StageMetrics;

/**
 * Runs the {@link Deduplicator} on each raw article against the task's state stores, and sweeps expired term counts
 * each time stream time (publication time) moves an eighth of the retention, as window stores drop their segments.
 */
public final class DedupeProcessor implements Processor<String, Article, String, DedupeOutcome> {

    private final DedupeSettings settings;
    private final StageMetrics metrics;
    private ProcessorContext<String, DedupeOutcome> context;
    private Deduplicator deduplicator;
    private TaskDedupeStore store;

    public DedupeProcessor(DedupeSettings settings, StageMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, DedupeOutcome> context) {
        this.context = context;
        this.deduplicator = new Deduplicator(settings);
        this.store = TaskDedupeStore.from(context, settings.retention());
        Duration sweepEvery = settings.retention().dividedBy(8);
        context.schedule(sweepEvery.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : sweepEvery,
                PunctuationType.STREAM_TIME, now -> store.sweep());
    }

    @Override
    public void process(Record<String, Article> record) {
        // RawArticleValidator has checked the article at the raw topic.
        Article article = record.value();
        metrics.articleIn();
        DedupeDecision decision = deduplicator.decide(article, store);
        String originalSource = !decision.isDuplicate() || decision.duplicateOf() == null ? null
                : store.get(decision.duplicateOf()).map(StoredArticle::source).orElse(null);
        metrics.verdict(decision.verdict());
        context.forward(record.withKey(article.id()).withValue(new DedupeOutcome(article, decision, originalSource)));
    }
}
