package org.newsagg.streams;

import java.util.List;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsagg.model.Article;

/**
 * Rejects raw records that parsed as JSON but cannot be an article (no id, no time, no words) right at the raw
 * topic, before any repartition: the dead-letter handler then records the raw topic, partition and offset and the
 * record's original bytes, so {@code newsagg dlq replay} can send a fixed record back where it came from.
 */
public final class RawArticleValidator implements FixedKeyProcessor<String, Article, Article> {

    private FixedKeyProcessorContext<String, Article> context;

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article a = record.value();
        if (a == null) throw new IllegalArgumentException("raw record has no value");
        List<String> missing = a.missingRequiredFields();
        if (!missing.isEmpty()) {
            String which = missing.get(0).equals("id") ? "raw article" : "raw article " + a.id();
            throw new IllegalArgumentException(which + " has no " + String.join(", ", missing));
        }
        context.forward(record);
    }
}
