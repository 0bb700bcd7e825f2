package org.newsagg.sink.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Aggregate;

class WindowAccumulatorSerdeTest {

    final WindowAccumulatorSerde serde = new WindowAccumulatorSerde();

    WindowAccumulator roundTrip(WindowAccumulator a) {
        return serde.deserialize("changelog", serde.serialize("changelog", a));
    }

    @Test
    void everyFieldSurvivesTheRoundTripToTheNanosecond() {
        Instant first = Instant.parse("2025-03-10T08:05:00.123456789Z");
        Instant last = Instant.parse("2025-03-10T08:50:00Z");
        WindowAccumulator a = new WindowAccumulator(3, 2, 2, 1, 3, -60L, first, last,
                List.of(new Aggregate.Sample("Kyiv: «talks» resume — 会谈", "https://ledger.example/a1", "ledger"),
                        new Aggregate.Sample(null, null, "gazette")),
                List.of(first, last));
        assertEquals(a, roundTrip(a));
        assertEquals(WindowAccumulator.EMPTY, roundTrip(WindowAccumulator.EMPTY));
        assertNull(serde.serialize("changelog", null));
        assertNull(serde.deserialize("changelog", null));
    }

    /** Changelogs written before the serde read through a ByteBuffer restore the same: the layout is DataOutput's. */
    @Test
    void bytesInTheDataOutputLayoutOfEarlierVersionsReadTheSame() throws IOException {
        Instant first = Instant.parse("2025-03-10T08:05:00.5Z");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            for (long v : new long[] {2, 1, 2, 1, 4, -35}) out.writeLong(v);
            out.writeBoolean(true);
            out.writeLong(first.getEpochSecond());
            out.writeInt(first.getNano());
            out.writeBoolean(false);
            out.writeInt(1);
            byte[] title = "Talks — 会谈".getBytes(StandardCharsets.UTF_8);
            out.writeInt(title.length);
            out.write(title);
            out.writeInt(-1);
            byte[] source = "ledger".getBytes(StandardCharsets.UTF_8);
            out.writeInt(source.length);
            out.write(source);
            out.writeBoolean(true);
            out.writeLong(first.getEpochSecond());
            out.writeInt(first.getNano());
        }
        WindowAccumulator expected = new WindowAccumulator(2, 1, 2, 1, 4, -35L, first, null,
                List.of(new Aggregate.Sample("Talks — 会谈", null, "ledger")), List.of(first));
        assertEquals(expected, serde.deserialize("changelog", bytes.toByteArray()));
        assertArrayEquals(bytes.toByteArray(), serde.serialize("changelog", expected));
    }

    @Test
    void anotherFormatOrTruncatedBytesAreRefusedNotMisread() {
        byte[] bytes = serde.serialize("changelog", WindowAccumulator.EMPTY);
        bytes[0] = 9;
        SerializationException e = assertThrows(SerializationException.class, () -> serde.deserialize("c", bytes));
        assertEquals("window accumulator format 9 on c: this sink reads format 1", e.getMessage());
        byte[] full = serde.serialize("changelog", new WindowAccumulator(1, 1, 1, 0, 0, 0L, Instant.EPOCH,
                Instant.EPOCH, List.of(new Aggregate.Sample("t", "u", "s")), List.of(Instant.EPOCH)));
        byte[] cut = Arrays.copyOf(full, full.length - 3);
        SerializationException truncated = assertThrows(SerializationException.class, () -> serde.deserialize("c", cut));
        assertEquals("not a window accumulator on c (" + cut.length + " bytes)", truncated.getMessage());
    }
}
