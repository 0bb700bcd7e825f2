package org.newsagg.streams.tagging;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsagg.model.Syndication;
import org.newsagg.model.TaggedArticle;
import org.newsagg.streams.StageMetrics;
import org.newsagg.streams.dedupe.DedupeOutcome;

/** Tags each unique article. One tagger per task: OpenNLP's tools are not thread-safe, its models are shared. */
public final class TaggingProcessor implements FixedKeyProcessor<String, DedupeOutcome, TaggedArticle> {

    private final TaggingSettings settings;
    private final StageMetrics metrics;
    private FixedKeyProcessorContext<String, TaggedArticle> context;
    private ArticleTagger tagger;

    public TaggingProcessor(TaggingSettings settings, StageMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, TaggedArticle> context) {
        this.context = context;
        this.tagger = ArticleTagger.load(settings);
    }

    @Override
    public void process(FixedKeyRecord<String, DedupeOutcome> record) {
        var outcome = record.value();
        ArticleTags tags = tagger.tag(outcome.article());
        metrics.tagged();
        context.forward(record.withValue(new TaggedArticle(outcome.article(), outcome.decision().storyId(),
                Syndication.of(outcome.article().source()), tags.actors(), tags.events(), tags.unresolved(),
                outcome.watermark())));
    }
}
