package org.newsagg.sink.aggregate;

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
import org.newsagg.model.Aggregate;
import org.newsagg.model.NewsSerdes;

class AggregateJsonSerdeTest {

    final AggregateJsonSerde fast = new AggregateJsonSerde();
    final org.apache.kafka.common.serialization.Serializer<Aggregate> mapper = NewsSerdes.aggregate();

    void sameBytes(Aggregate a) {
        byte[] expected = mapper.serialize("news.aggregates", a);
        byte[] actual = fast.serialize("news.aggregates", a);
        assertArrayEquals(expected, actual, () -> "expected " + new String(expected, StandardCharsets.UTF_8)
                + "\n but was " + new String(actual, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheMappersBytesForATypicalAggregate() {
        Aggregate a = new Aggregate(1, "dyad", "USA|11|RUS", "24h", Instant.parse("2025-03-10T08:00:00Z"),
                Instant.parse("2025-03-11T08:00:00Z"), 12, 9, 7, 3, 14, -3.3333333333333335,
                Instant.parse("2025-03-10T08:05:00.123456789Z"), Instant.parse("2025-03-10T09:50:00.120Z"),
                List.of(new Aggregate.Sample("Kyiv: «talks» resume — 会谈 \"quoted\" \\ \n\t\u0001 😀",
                                "https://ledger.example/a1?x=1&y=<2>", "ledger"),
                        new Aggregate.Sample(null, null, "gazette")));
        sameBytes(a);
        assertEquals(a, fast.deserializer().deserialize("news.aggregates", fast.serialize("news.aggregates", a)));
    }

    @Test
    void writesTheMappersBytesForNullsEmptiesAndOddNumbers() {
        Instant epoch = Instant.EPOCH;
        for (double g : new double[] {0.0, -0.0, 1.0, 10.0, -10.0, 1e-7, 1e21, 0.1 + 0.2, Double.NaN,
                Double.POSITIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE}) {
            sameBytes(new Aggregate(1, "actor", "USAGOV", "15m", epoch, epoch.plusSeconds(900), 0, 0, 0, 0, 0, g,
                    epoch, epoch, List.of()));
        }
        sameBytes(new Aggregate(0, null, null, null, null, null, Long.MIN_VALUE, Long.MAX_VALUE, -1, 0, 0, 0.0, null,
                null, null));
        sameBytes(new Aggregate(1, "", "", "", Instant.ofEpochSecond(-62_000_000_000L), Instant.ofEpochSecond(
                253_402_300_800L), 1, 1, 1, 1, 1, 2.5, Instant.ofEpochSecond(0, 1), Instant.ofEpochSecond(0, 1_000),
                Arrays.asList(new Aggregate.Sample(null, null, null), null)));
        assertNull(fast.serialize("news.aggregates", null));
    }

    @Test
    void writesTheMappersBytesForRandomAggregates() {
        Random r = new Random(18);
        for (int i = 0; i < 2_000; i++) {
            List<Aggregate.Sample> samples = new ArrayList<>();
            for (int s = r.nextInt(4); s > 0; s--) {
                samples.add(new Aggregate.Sample(text(r), text(r), text(r)));
            }
            Instant start = Instant.ofEpochMilli(r.nextLong(4_000_000_000_000L));
            sameBytes(new Aggregate(1, text(r), text(r), text(r), start, start.plusMillis(r.nextInt(86_400_000)),
                    r.nextInt(1000), r.nextInt(1000), r.nextInt(100), r.nextInt(100), r.nextInt(5000),
                    r.nextBoolean() ? r.nextInt(201) / 10.0 - 10 : r.nextDouble() * 20 - 10,
                    Instant.ofEpochSecond(r.nextLong(4_000_000_000L), r.nextInt(1_000_000_000)),
                    Instant.ofEpochMilli(r.nextLong(4_000_000_000_000L)), r.nextInt(5) == 0 ? null : samples));
        }
    }

    /** Null, empty, ASCII, escapes, control characters, accents, CJK and surrogate pairs. */
    private static String text(Random r) {
        if (r.nextInt(10) == 0) return null;
        String alphabet = "abcXYZ 019|:/?&=\"\\\n\t\r\u0000\u001f\u007féü«»—会谈😀<>";
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(40); n > 0; n--) {
            int at = r.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            if (Character.isHighSurrogate(c)) b.append(c).append(alphabet.charAt(at + 1));
            else if (!Character.isLowSurrogate(c)) b.append(c);
        }
        return b.toString();
    }
}
