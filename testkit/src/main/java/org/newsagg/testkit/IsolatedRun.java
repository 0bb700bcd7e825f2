package org.newsagg.testkit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsagg.broker.EmbeddedKafkaBroker;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;

/** Settings of one pipeline run isolated from the others on a shared broker: its own topics and application ids. */
public final class IsolatedRun {

    private IsolatedRun() {}

    public static Settings settings(EmbeddedKafkaBroker broker, String name) {
        Map<String, String> s = new HashMap<>();
        s.put(Settings.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        List<String> defaults = Topics.DEFAULT.all();
        for (int i = 0; i < Topics.SETTINGS.size(); i++) s.put(Topics.SETTINGS.get(i), name + "." + defaults.get(i));
        s.put("newsagg.streams.application-id", name + "-streams");
        s.put("newsagg.sink.application-id", name + "-sink");
        s.put("newsagg.sink.http-port", "0");
        s.put("newsagg.streams.http-port", "-1");
        return Settings.of(s);
    }
}
