package org.newsagg.sink.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsagg.model.JsonSerde;

class EvidenceArticleSerdeTest {

    final EvidenceArticleSerde fast = new EvidenceArticleSerde();
    final JsonSerde<EvidenceArticle> mapper = new JsonSerde<>(EvidenceArticle.class);

    void sameBytes(EvidenceArticle a) {
        byte[] expected = mapper.serialize("changelog", a);
        byte[] actual = fast.serialize("changelog", a);
        assertArrayEquals(expected, actual, () -> "expected " + new String(expected, StandardCharsets.UTF_8)
                + "\n but was " + new String(actual, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheMappersBytesForArticlesWithAndWithoutEvents() {
        EvidenceArticle a = new EvidenceArticle("a-1", "Kyiv: «talks» resume — 会谈 \"quoted\" \\ \n\t\u0001 😀",
                "https://ledger.example/a1?x=1&y=<2>", "ledger", Instant.parse("2025-03-10T08:05:00.123456789Z"),
                List.of(new EventEvidence("036", "Russia said it would meet Ukraine.", "would meet"),
                        new EventEvidence("19", null, null)));
        sameBytes(a);
        assertEquals(a, fast.deserializer().deserialize("changelog", fast.serialize("changelog", a)));
        sameBytes(new EvidenceArticle("a-2", "t", "u", "o", Instant.EPOCH, null));
        sameBytes(new EvidenceArticle("a-3", "t", "u", "o", Instant.ofEpochSecond(-1, 1), List.of()));
        sameBytes(new EvidenceArticle(null, null, null, null, null, Arrays.asList(null, new EventEvidence(null, "", ""))));
        assertNull(fast.serialize("changelog", null));
    }

    @Test
    void writesTheMappersBytesForRandomArticles() {
        Random r = new Random(20);
        for (int i = 0; i < 2_000; i++) {
            List<EventEvidence> events = null;
            if (r.nextBoolean()) {
                events = new ArrayList<>();
                for (int e = r.nextInt(4); e > 0; e--) events.add(new EventEvidence(text(r), text(r), text(r)));
            }
            sameBytes(new EvidenceArticle(text(r), text(r), text(r), text(r),
                    Instant.ofEpochSecond(r.nextLong(4_000_000_000L), r.nextInt(4) == 0 ? 0 : r.nextInt(1_000_000_000)),
                    events));
        }
    }

    /** Null, empty, ASCII, escapes, control characters, accents, CJK and surrogate pairs. */
    private static String text(Random r) {
        if (r.nextInt(10) == 0) return null;
        String alphabet = "abcXYZ 019|:/?&=\"\\\n\t\r\u0000\u001f\u007féü«»—会谈😀<>…";
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(60); n > 0; n--) {
            int at = r.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            if (Character.isHighSurrogate(c)) b.append(c).append(alphabet.charAt(at + 1));
            else if (!Character.isLowSurrogate(c)) b.append(c);
        }
        return b.toString();
    }
}
