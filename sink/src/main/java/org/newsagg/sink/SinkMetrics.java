package org.newsagg.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The sink stage's own counters. Kafka's metrics are bound separately. */
public final class SinkMetrics {

    private final Counter expired;
    private final Counter unjoined;

    public SinkMetrics(MeterRegistry registry) {
        // Lateness is decided by the streams stage (newsagg.articles.late there). This counts what the sink could
        // not count although it was on time: never, unless an input lagged more than the state is kept.
        this.expired = Counter.builder("newsagg.contributions.expired")
                .description("contributions of on-time articles whose windows were already deleted, sent to the "
                        + "dead-letter topic").register(registry);
        this.unjoined = Counter.builder("newsagg.copies.unjoined")
                .description("copies whose original never reached the tagged topic, sent to the dead-letter topic")
                .register(registry);
    }

    public static SinkMetrics noop() {
        return new SinkMetrics(new SimpleMeterRegistry());
    }

    public void expired() {
        expired.increment();
    }

    public void unjoined() {
        unjoined.increment();
    }
}
