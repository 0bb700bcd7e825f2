package org.newsagg.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsagg.broker.EmbeddedKafkaBroker;

/**
 * One real single-node KRaft broker for a test class: started before its first test, closed after its last. Tests
 * that stop and restart the broker, or keep its data directory, start their own instead.
 *
 * <pre>{@code @RegisterExtension static final EmbeddedBroker kafka = new EmbeddedBroker();}</pre>
 */
public final class EmbeddedBroker implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedKafkaBroker broker;

    @Override
    public void beforeAll(ExtensionContext context) {
        broker = EmbeddedKafkaBroker.start(null, 3);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (broker != null) broker.close();
        broker = null;
    }

    public EmbeddedKafkaBroker broker() {
        if (broker == null) throw new IllegalStateException("the broker runs only while the test class does");
        return broker;
    }

    public String bootstrapServers() {
        return broker().bootstrapServers();
    }
}
