package org.newsagg.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class WritableRecordsProducerTest {

    final MockProducer<byte[], byte[]> mock = new MockProducer<>(true, null, new ByteArraySerializer(),
            new ByteArraySerializer());
    final WritableRecordsProducer producer = new WritableRecordsProducer(mock, new WritableRecords(1000));

    @Test
    void aTimestampAheadOfTheClockIsSentAsNowAndOthersAsTheyAre() throws Exception {
        long before = System.currentTimeMillis();
        producer.send(new ProducerRecord<>("t", null, before + 3 * 3_600_000L, key("ahead"), new byte[10])).get();
        producer.send(new ProducerRecord<>("t", null, 1_000L, key("old"), new byte[10])).get();
        producer.send(new ProducerRecord<>("t", key("none"), new byte[10])).get();
        long after = System.currentTimeMillis();

        List<ProducerRecord<byte[], byte[]>> sent = mock.history();
        assertTrue(sent.get(0).timestamp() >= before && sent.get(0).timestamp() <= after, "" + sent.get(0));
        assertEquals(1_000L, sent.get(1).timestamp());
        assertEquals(null, sent.get(2).timestamp());
    }

    @Test
    void aRecordOverMaxRequestSizeFailsThroughItsCallbackWithoutReachingTheProducer() {
        AtomicReference<Exception> seen = new AtomicReference<>();
        var future = producer.send(new ProducerRecord<>("out", key("k"), new byte[1000]), (m, e) -> seen.set(e));

        assertInstanceOf(WritableRecordsProducer.RefusedBeforeSend.class, seen.get());
        assertEquals("a record of about 1083 bytes for out exceeds max.request.size (1000 bytes)",
                seen.get().getMessage());
        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                future::get);
        assertEquals(seen.get(), failed.getCause());
        assertEquals(List.of(), mock.history());
    }

    @Test
    void aRecordJustWithinTheBoundIsSent() throws Exception {
        // 82 bytes of framing + 1 of key + 917 of value = 1000.
        producer.send(new ProducerRecord<>("out", key("k"), new byte[917])).get();
        assertEquals(1, mock.history().size());
    }

    static byte[] key(String k) {
        return k.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
