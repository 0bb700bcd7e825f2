package org.newsagg.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The streams stage's own counters: articles in, verdicts, tagged. Kafka's metrics are bound separately. */
public final class StageMetrics {

    private final MeterRegistry registry;
    private final Counter in;
    private final Counter tagged;
    private final Counter late;

    public StageMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.in = Counter.builder("newsagg.articles.in").description("raw articles read").register(registry);
        this.tagged = Counter.builder("newsagg.articles.tagged").description("unique articles tagged").register(registry);
        this.late = Counter.builder("newsagg.articles.late")
                .description("articles and copies too late to count, sent to the dead-letter topic").register(registry);
    }

    public static StageMetrics noop() {
        return new StageMetrics(new SimpleMeterRegistry());
    }

    public void articleIn() {
        in.increment();
    }

    public void verdict(String verdict) {
        registry.counter("newsagg.articles.dedupe", "verdict", verdict).increment();
    }

    public void tagged() {
        tagged.increment();
    }

    public void late() {
        late.increment();
    }
}
