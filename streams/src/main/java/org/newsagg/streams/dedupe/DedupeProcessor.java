package org.newsagg.streams.dedupe;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.newsagg.model.Article;
import org.newsagg.streams.StageMetrics;

/** Runs the {@link Deduplicator} on each raw article against the task's window stores. */
public final class DedupeProcessor implements Processor<String, Article, String, DedupeOutcome> {

    private final DedupeSettings settings;
    private final StageMetrics metrics;
    private ProcessorContext<String, DedupeOutcome> context;
    private Deduplicator deduplicator;
    private WindowStoreDedupeStore store;

    public DedupeProcessor(DedupeSettings settings, StageMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, DedupeOutcome> context) {
        this.context = context;
        this.deduplicator = new Deduplicator(settings);
        this.store = WindowStoreDedupeStore.from(context);
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
