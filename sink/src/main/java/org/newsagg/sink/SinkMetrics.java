package org.newsagg.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The sink stage's own counters. Kafka's metrics are bound separately. */
public final class SinkMetrics {

    private final Counter late;

    public SinkMetrics(MeterRegistry registry) {
        this.late = Counter.builder("newsagg.articles.late")
                .description("tagged articles too late to count, sent to the dead-letter topic").register(registry);
    }

    public static SinkMetrics noop() {
        return new SinkMetrics(new SimpleMeterRegistry());
    }

    public void late() {
        late.increment();
    }
}
