package org.newsagg.sink.aggregate;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.newsagg.runtime.BinaryReads;
import org.newsagg.sink.evidence.EventEvidence;
import org.newsagg.sink.evidence.EvidenceBody;

/**
 * The evidence articles' store format ({@link EvidenceBody}): version byte 1; id, title, url, outlet; publication
 * time; the article's distinct events (code, sentence, trigger), each once; then per key its group key and the
 * indexes of its events. An event usually counts under several keys (its code, root, PLOVER category and dyad): its
 * sentence is written once.
 */
public final class EvidenceBodySerde extends BinarySerde<EvidenceBody> {

    static final byte VERSION = 1;

    @Override
    public byte[] serialize(String topic, EvidenceBody body) {
        if (body == null) return null;
        Map<EventEvidence, Integer> index = new LinkedHashMap<>();
        for (List<EventEvidence> events : body.eventsByKey().values()) {
            for (EventEvidence e : events) index.putIfAbsent(e, index.size());
        }
        byte[][] fields = {BinaryFields.utf8(body.id()), BinaryFields.utf8(body.title()), BinaryFields.utf8(body.url()),
            BinaryFields.utf8(body.outlet())};
        List<byte[]> eventStrings = new ArrayList<>(3 * index.size());
        for (EventEvidence e : index.keySet()) {
            eventStrings.add(BinaryFields.utf8(e.code()));
            eventStrings.add(BinaryFields.utf8(e.sentence()));
            eventStrings.add(BinaryFields.utf8(e.trigger()));
        }
        List<byte[]> keys = new ArrayList<>(body.eventsByKey().size());
        int size = 1 + BinaryFields.instantSize(body.published()) + 4 + 4;
        for (byte[] f : fields) size += BinaryFields.stringSize(f);
        for (byte[] s : eventStrings) size += BinaryFields.stringSize(s);
        for (var k : body.eventsByKey().entrySet()) {
            byte[] key = BinaryFields.utf8(k.getKey());
            keys.add(key);
            size += BinaryFields.stringSize(key) + 4 + 4 * k.getValue().size();
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(VERSION);
        for (byte[] f : fields) BinaryFields.putString(out, f);
        BinaryFields.putInstant(out, body.published());
        out.putInt(index.size());
        for (byte[] s : eventStrings) BinaryFields.putString(out, s);
        out.putInt(keys.size());
        int k = 0;
        for (List<EventEvidence> events : body.eventsByKey().values()) {
            BinaryFields.putString(out, keys.get(k++));
            out.putInt(events.size());
            for (EventEvidence e : events) out.putInt(index.get(e));
        }
        return out.array();
    }

    @Override
    public EvidenceBody deserialize(String topic, byte[] bytes) {
        if (bytes == null) return null;
        if (bytes.length == 0 || bytes[0] != VERSION) {
            throw new SerializationException("evidence article format " + (bytes.length == 0 ? "(empty)" : bytes[0])
                    + " on " + topic + ": this sink reads format " + VERSION);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            in.get();
            String id = BinaryReads.getString(in);
            String title = BinaryReads.getString(in);
            String url = BinaryReads.getString(in);
            String outlet = BinaryReads.getString(in);
            Instant published = BinaryReads.getInstant(in);
            int n = count(in);
            EventEvidence[] events = new EventEvidence[n];
            for (int i = 0; i < n; i++) {
                events[i] = new EventEvidence(BinaryReads.getString(in), BinaryReads.getString(in),
                        BinaryReads.getString(in));
            }
            int keys = count(in);
            Map<String, List<EventEvidence>> eventsByKey = new LinkedHashMap<>();
            for (int k = 0; k < keys; k++) {
                String key = BinaryReads.getString(in);
                int m = count(in);
                EventEvidence[] under = new EventEvidence[m];
                for (int j = 0; j < m; j++) under[j] = events[in.getInt()];
                eventsByKey.put(key, List.of(under));
            }
            return new EvidenceBody(id, title, url, outlet, published, eventsByKey);
        } catch (BufferUnderflowException | ArrayIndexOutOfBoundsException e) {
            throw new SerializationException("not an evidence article on " + topic + " (" + bytes.length + " bytes)", e);
        }
    }

    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) throw new BufferUnderflowException();
        return n;
    }
}
