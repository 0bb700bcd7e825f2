package org.newsagg.sink.aggregate;

/** The evidence lists' store format ({@link EvidenceList}): the list's own bytes, no copy either way. */
public final class EvidenceListSerde extends BinarySerde<EvidenceList> {

    @Override
    public byte[] serialize(String topic, EvidenceList list) {
        return list == null ? null : list.bytes();
    }

    @Override
    public EvidenceList deserialize(String topic, byte[] bytes) {
        return bytes == null ? null : EvidenceList.of(bytes);
    }
}
