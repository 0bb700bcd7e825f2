package org.newsagg.ingest.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.model.Settings;

/** Network failures name the host and port in words; the HTTP client's bare exception class names never show. */
class FeedFetcherMessagesTest {

    private static final IngestConfig CONFIG = IngestConfig.from(Settings.of(Map.of(
            "newsagg.ingest.http.connect-timeout", "2s", "newsagg.ingest.http.read-timeout", "2s")));

    @Test
    void aPortWhereNothingListensIsNamed() throws IOException {
        int port;
        // A port that was free a moment ago: nothing listens there once the socket is closed.
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/feed.xml";
        FetchException e = assertThrows(FetchException.class, () -> new FeedFetcher(CONFIG, Clock.systemUTC()).fetch(url, null, null));
        assertEquals("network error: connection to 127.0.0.1:" + port + " refused or closed", e.getMessage());
    }

    @Test
    void aHostThatDoesNotResolveIsNamed() {
        // .invalid never resolves (RFC 2606), with or without a network.
        FetchException e = assertThrows(FetchException.class,
                () -> new FeedFetcher(CONFIG, Clock.systemUTC()).fetch("http://feeds.example.invalid/rss", null, null));
        assertEquals("network error: cannot resolve host feeds.example.invalid (check the URL and DNS)", e.getMessage());
    }
}
