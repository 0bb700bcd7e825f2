package org.newsagg.sink.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.newsagg.sink.evidence.EvidenceRef;

class EvidenceListTest {

    static final Instant T = Instant.parse("2025-03-10T10:00:00Z");

    static EvidenceRef ref(long seconds, String id) {
        return new EvidenceRef(T.plusSeconds(seconds), id);
    }

    static EvidenceList with(EvidenceList list, EvidenceRef r) {
        return list.with(r.published(), r.id());
    }

    @Test
    void keepsArticlesNewestFirstTiesById() {
        EvidenceList list = EvidenceList.EMPTY;
        for (EvidenceRef r : List.of(ref(5, "b"), ref(9, "z"), ref(5, "a"), ref(1, "é-ü"), ref(5, "c"))) {
            list = with(list, r);
        }
        assertEquals(List.of(ref(9, "z"), ref(5, "a"), ref(5, "b"), ref(5, "c"), ref(1, "é-ü")), list.refs());
        assertEquals(5, list.size());
        assertTrue(list.contains(T.plusSeconds(5), "b"));
        assertFalse(list.contains(T.plusSeconds(6), "b"));
        // The same article again: the same list.
        assertSame(list, with(list, ref(5, "b")));
        // Nanoseconds order too.
        assertEquals(List.of(new EvidenceRef(T.plusNanos(2), "x"), new EvidenceRef(T.plusNanos(1), "y")),
                with(with(EvidenceList.EMPTY, new EvidenceRef(T.plusNanos(1), "y")), new EvidenceRef(T.plusNanos(2),
                        "x")).refs());
    }

    @Test
    void aFullListDropsItsOldestAndTakesNoOlderArticle() {
        EvidenceList list = EvidenceList.EMPTY;
        for (int i = 0; i < 50; i++) list = with(list, ref(100 + i, "m" + i));
        assertEquals(50, list.size());
        assertSame(list, with(list, ref(99, "older")));
        assertSame(list, with(list, ref(100, "n0")), "ties the oldest, after it by id");
        EvidenceList added = with(list, ref(100, "a"));
        assertEquals(50, added.size());
        assertEquals(ref(100, "a"), added.refs().get(49));
        EvidenceList newest = with(list, ref(200, "new"));
        assertEquals(ref(200, "new"), newest.refs().get(0));
        assertEquals(ref(101, "m1"), newest.refs().get(49));
    }

    @Test
    void anyOrderOfArrivalGivesTheNewest50OfAll() {
        Random r = new Random(50);
        for (int round = 0; round < 200; round++) {
            List<EvidenceRef> all = new ArrayList<>();
            int n = r.nextInt(120);
            for (int i = 0; i < n; i++) all.add(ref(r.nextInt(40), "id" + r.nextInt(30)));
            EvidenceList list = EvidenceList.EMPTY;
            for (EvidenceRef x : all) list = with(list, x);
            List<EvidenceRef> expected = all.stream().distinct().sorted(EvidenceRef.NEWEST_FIRST).limit(50).toList();
            assertEquals(expected, list.refs(), "round " + round);
            EvidenceListSerde serde = new EvidenceListSerde();
            assertEquals(expected, serde.deserialize("t", serde.serialize("t", list)).refs());
        }
    }

    @Test
    void anotherFormatIsRefusedWithItsVersion() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> new EvidenceListSerde().deserialize("t", new byte[] {7, 0, 0, 0, 0}));
        assertEquals("evidence list format 7: this sink reads format 1", e.getMessage());
    }
}
