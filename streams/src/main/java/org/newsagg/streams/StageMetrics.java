package org.newsagg.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.newsagg.streams.dedupe.DedupeDecision;

/** The streams stage's own counters: articles in, verdicts, tagged. Kafka's metrics are bound separately. */
public final class StageMetrics {

    private static final String DEDUPE = "newsagg.articles.dedupe";

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
        // Every verdict at 0 from the start: a dashboard's rate of a verdict not yet given is 0, not "no data".
        for (String verdict : List.of(DedupeDecision.UNIQUE, DedupeDecision.NEAR, DedupeDecision.EXACT)) {
            registry.counter(DEDUPE, "verdict", verdict);
        }
    }

    public static StageMetrics noop() {
        return new StageMetrics(new SimpleMeterRegistry());
    }

    public void articleIn() {
        in.increment();
    }

    public void verdict(String verdict) {
        registry.counter(DEDUPE, "verdict", verdict).increment();
    }

    public void tagged() {
        tagged.increment();
    }

    public void late() {
        late.increment();
    }
}
