package org.newsagg.sink.evidence;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.state.HostInfo;
import org.newsagg.sink.query.PeerReadModel;
import org.newsagg.sink.query.QueryUnavailableException;

/** Another sink instance's evidence, read through its {@code /api/local/evidence}. */
public final class PeerEvidence implements EvidenceReadModel {

    /** The part of the answer a peer needs: the list. */
    record Answer(List<EvidenceArticle> articles) {}

    private final HostInfo host;
    private final PeerReadModel peer;

    public PeerEvidence(HostInfo host, HttpClient http) {
        this.host = host;
        // Only its HTTP side is used: the window families are not needed to read the evidence.
        this.peer = new PeerReadModel(host, http, null);
    }

    /** Only asked when the asking instance keeps the dimension: every instance runs with the same settings. */
    @Override
    public boolean keeps(String dimension) {
        return true;
    }

    @Override
    public List<EvidenceArticle> evidence(String dimension, String key, String window, Instant windowStart) {
        Answer a = peer.readLocal("evidence?dimension=" + enc(dimension) + "&key=" + enc(key) + "&window=" + enc(window)
                + "&start=" + windowStart, new TypeReference<Answer>() {});
        if (a.articles() == null) {
            throw new QueryUnavailableException("sink instance " + host.host() + ":" + host.port()
                    + " sent evidence without articles");
        }
        return a.articles();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
