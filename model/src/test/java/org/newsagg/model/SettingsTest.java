package org.newsagg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void overridesWinOverEnvWhichWinsOverDefaults() {
        Settings s = Settings.of(Map.of("newsagg.topic.raw", "cli.raw"),
                Map.of("NEWSAGG_TOPIC_RAW", "env.raw", "NEWSAGG_TOPIC_DLQ", "env.dlq"));
        Topics t = Topics.from(s);
        assertEquals("cli.raw", t.raw());
        assertEquals("env.dlq", t.dlq());
        assertEquals(Topics.TAGGED, t.tagged());
    }

    @Test
    void durationsReadCommonUnits() {
        Settings s = Settings.of(Map.of("a", "15m", "b", "PT1H", "c", "500ms", "d", "7d"));
        assertEquals(Duration.ofMinutes(15), s.getDuration("a", null));
        assertEquals(Duration.ofHours(1), s.getDuration("b", null));
        assertEquals(Duration.ofMillis(500), s.getDuration("c", null));
        assertEquals(Duration.ofDays(7), s.getDuration("d", null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.of(Map.of("x", "soon")).getDuration("x", null));
        assertEquals("setting x must be a duration like 30s, 15m, 1h, 7d or PT15M, got 'soon'", e.getMessage());
    }

    @Test
    void kafkaPrefixPassesClientPropertiesThrough() {
        Settings s = Settings.of(Map.of("kafka.security.protocol", "SSL"),
                Map.of("KAFKA_SASL_MECHANISM", "PLAIN"));
        assertEquals(Map.of("security.protocol", "SSL", "sasl.mechanism", "PLAIN"), s.withPrefix("kafka."));
    }

    @Test
    void originNamesWhereTheValueCameFrom() {
        Settings s = Settings.of(Map.of("a", "flag", "blank", ""), Map.of("A", "env", "B", "env", "BLANK", "env"));
        assertEquals(Settings.Origin.OVERRIDE, s.originOf("a"));
        assertEquals(Settings.Origin.ENVIRONMENT, s.originOf("b"));
        assertEquals(Settings.Origin.DEFAULT, s.originOf("c"));
        // A blank flag means "the default" to get(), so it does to originOf() too.
        assertEquals(Settings.Origin.DEFAULT, s.originOf("blank"));
        assertEquals(null, s.get("blank", null));
    }
}
