package org.newsagg.sink.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.newsagg.sink.evidence.EventEvidence;
import org.newsagg.sink.evidence.EvidenceArticle;
import org.newsagg.sink.evidence.EvidenceBody;

class EvidenceBodySerdeTest {

    final EvidenceBodySerde serde = new EvidenceBodySerde();

    @Test
    void anArticleComesBackExactlyWithEachKeysEventsAndEachSentenceWrittenOnce() {
        EventEvidence attack = new EventEvidence("190", "Les forces « ont attaqué » \uD83D\uDCF0.", "attacked");
        EventEvidence accuse = new EventEvidence("112", null, "accused");
        Map<String, List<EventEvidence>> events = new LinkedHashMap<>();
        events.put("event|190", List.of(attack));
        events.put("eventRoot|19", List.of(attack, attack));
        events.put("dyad|RUSMIL|11|UKR", List.of(accuse));
        events.put("eventRoot|03", List.of());
        EvidenceBody body = new EvidenceBody("a-1", "Headline – ü", "https://x.example/a-1", null,
                Instant.parse("2025-03-10T10:00:00.123456789Z"), events);
        byte[] bytes = serde.serialize("t", body);
        EvidenceBody back = serde.deserialize("t", bytes);
        assertEquals(body, back);
        assertEquals(List.of("event|190", "eventRoot|19", "dyad|RUSMIL|11|UKR", "eventRoot|03"),
                List.copyOf(back.eventsByKey().keySet()));
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(text.indexOf("ont attaqué"), text.lastIndexOf("ont attaqué"), "the sentence once");
        assertEquals(new EvidenceArticle("a-1", "Headline – ü", "https://x.example/a-1", null, body.published(),
                List.of(attack, attack)), back.under("eventRoot|19"));
        assertEquals(new EvidenceArticle("a-1", "Headline – ü", "https://x.example/a-1", null, body.published(),
                null), back.under("actor|RUSMIL"));
        assertEquals(List.of(), back.under("eventRoot|03").events());
    }

    @Test
    void anotherFormatOrCutBytesAreRefused() {
        assertEquals("evidence article format 2 on t: this sink reads format 1",
                assertThrows(SerializationException.class, () -> serde.deserialize("t", new byte[] {2})).getMessage());
        byte[] whole = serde.serialize("t", new EvidenceBody("a", "t", "u", "o", Instant.EPOCH, Map.of()));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 2);
        assertEquals("not an evidence article on t (" + cut.length + " bytes)",
                assertThrows(SerializationException.class, () -> serde.deserialize("t", cut)).getMessage());
    }
}
