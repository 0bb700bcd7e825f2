package org.newsagg.ingest.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.ingest.publish.InMemoryArticleSink;
import org.newsagg.ingest.replay.ArchiveContents;
import org.newsagg.ingest.replay.ArchiveReader;
import org.newsagg.model.Article;
import org.newsagg.model.Settings;

class FeedPollerTest {

    private static final Instant NOW = Instant.parse("2026-03-04T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private FeedServer server;
    private final InMemoryArticleSink sink = new InMemoryArticleSink();

    @BeforeEach
    void startServer() throws Exception {
        server = new FeedServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static IngestConfig config(Map<String, String> more) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                "newsagg.ingest.http.read-timeout", "1500ms",
                "newsagg.ingest.http.connect-timeout", "1500ms",
                "newsagg.ingest.http.deadline", "3000ms",
                "newsagg.ingest.poll.interval", "200ms",
                "newsagg.ingest.poll.min-interval", "100ms",
                "newsagg.ingest.poll.host-gap", "0ms",
                "newsagg.ingest.poll.jitter", "0"));
        settings.putAll(more);
        return IngestConfig.from(Settings.of(settings));
    }

    private FeedSource feed(String path) {
        return new FeedSource(server.url(path), "Feed " + path, null, null, List.of());
    }

    private FeedPoller poller(List<FeedSource> feeds, FeedRecorder recorder) {
        return new FeedPoller(feeds, sink, config(Map.of()), recorder, CLOCK);
    }

    private static List<String> titles(List<Article> articles) {
        return articles.stream().map(Article::title).toList();
    }

    @Test
    void conditionalGetPublishesOnceAndThenGets304() {
        FeedSource source = feed("/etag");
        try (FeedPoller poller = poller(List.of(source), null)) {
            assertEquals(new FeedHealth(source.url(), "Feed /etag", NOW, null, 0, 2, 2, 0), poller.pollOnce(source.url()));
            assertEquals(new FeedHealth(source.url(), "Feed /etag", NOW, null, 0, 2, 2, 0), poller.pollOnce(source.url()));
        }
        assertEquals(List.of(FeedServer.ETAG), server.conditionalRequests);
        assertEquals(List.of("Tracking stripped", "AMP host"), titles(sink.articles()));
        assertEquals(List.of(IngestConfig.USER_AGENT, IngestConfig.USER_AGENT), server.userAgents);
    }

    @Test
    void aFailedSendIsCountedNotRememberedAndSentAgainAtTheNextPollThoughTheFeedIsUnchanged() {
        // The broker refuses "AMP host" once (asynchronously, as a producer's callback would report it).
        java.util.concurrent.atomic.AtomicBoolean refused = new java.util.concurrent.atomic.AtomicBoolean();
        org.newsagg.ingest.publish.ArticleSink failingOnce = new org.newsagg.ingest.publish.ArticleSink() {
            @Override
            public void publish(Article article) {
                send(article);
            }

            @Override
            public java.util.concurrent.CompletableFuture<Void> send(Article article) {
                if (article.title().equals("AMP host") && refused.compareAndSet(false, true)) {
                    return java.util.concurrent.CompletableFuture.failedFuture(
                            new IllegalStateException("broker down"));
                }
                sink.publish(article);
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        FeedSource source = feed("/etag");
        try (FeedPoller poller = new FeedPoller(List.of(source), failingOnce, config(Map.of()), null, CLOCK)) {
            FeedHealth first = poller.pollOnce(source.url());
            String ampId = first.lastError().substring("cannot publish ".length(), first.lastError().indexOf(':'));
            assertEquals(new FeedHealth(source.url(), "Feed /etag", NOW, "cannot publish " + ampId + ": broker down",
                    0, 2, 1, 1), first);
            // Asked for in full again (no If-None-Match), so the article is there to be sent.
            assertEquals(new FeedHealth(source.url(), "Feed /etag", NOW, "cannot publish " + ampId + ": broker down",
                    0, 4, 2, 1), poller.pollOnce(source.url()));
            assertEquals(List.of(), server.conditionalRequests);
            // Everything stored: back to conditional requests, and nothing new.
            assertEquals(new FeedHealth(source.url(), "Feed /etag", NOW, "cannot publish " + ampId + ": broker down",
                    0, 4, 2, 1), poller.pollOnce(source.url()));
            assertEquals(List.of(FeedServer.ETAG), server.conditionalRequests);
            var registry = new SimpleMeterRegistry();
            poller.bindTo(registry);
            assertEquals(1.0, registry.get("newsagg.ingest.items.failed").functionCounter().count());
            assertEquals(2.0, registry.get("newsagg.ingest.items.new").functionCounter().count());
        }
        assertEquals(List.of("Tracking stripped", "AMP host"), titles(sink.articles()));
    }

    @Test
    void repollWithoutValidatorsPublishesOnlyNewItems() {
        FeedSource source = feed("/plain");
        try (FeedPoller poller = poller(List.of(source), null)) {
            poller.pollOnce(source.url());
            assertEquals(new FeedHealth(source.url(), "Feed /plain", NOW, null, 0, 4, 2, 0), poller.pollOnce(source.url()));
        }
        assertEquals(List.of("Relative entry", "Only updated"), titles(sink.articles()));
    }

    @Test
    void gzipBodiesAreDecoded() {
        FeedSource source = feed("/gzip");
        try (FeedPoller poller = poller(List.of(source), null)) {
            assertEquals(new FeedHealth(source.url(), "Feed /gzip", NOW, null, 0, 3, 3, 0), poller.pollOnce(source.url()));
        }
        assertEquals(List.of("Up one level", "From the root", "Same folder"), titles(sink.articles()));
    }

    @Test
    void eachFailureIsReportedExactly() {
        List<FeedSource> feeds = List.of(feed("/throttled"), feed("/unavailable"), feed("/error"), feed("/slow"),
                feed("/truncated"), feed("/hop/6"), feed("/huge"), feed("/not-a-feed"),
                new FeedSource("ftp://127.0.0.1/feed.xml", "FTP", null, null, List.of()));
        try (FeedPoller poller = poller(feeds, null)) {
            for (FeedSource f : feeds) poller.pollOnce(f.url());
            List<String> errors = poller.health().stream().map(FeedHealth::lastError).toList();
            assertEquals(List.of(
                    "HTTP 429 (retry after 120s)",
                    "HTTP 503",
                    "HTTP 500",
                    "timed out after 3000 ms",
                    "body truncated: connection closed early",
                    "too many redirects (more than 5)",
                    "body exceeds 10485760 bytes",
                    server.url("/not-a-feed") + ": not XML: the text starts with \"hello, world\"",
                    "only http and https are fetched, not 'ftp'"), errors);
            for (FeedHealth h : poller.health()) {
                assertEquals(1, h.consecutiveFailures(), h.url());
                assertEquals(null, h.lastSuccess(), h.url());
                assertEquals(0, h.itemsNew(), h.url());
            }
        }
        assertEquals(List.of(), sink.articles());
        assertEquals(6, server.hits("/hop/6") + server.hits("/hop/5") + server.hits("/hop/4") + server.hits("/hop/3")
                + server.hits("/hop/2") + server.hits("/hop/1"));
        assertEquals(0, server.hits("/hop/0"));
    }

    @Test
    void healthDoesNotWaitForAPollInProgress() throws Exception {
        FeedSource slow = feed("/slow");
        IngestConfig patient = config(Map.of("newsagg.ingest.http.read-timeout", "60s"));
        try (FeedPoller poller = new FeedPoller(List.of(slow), sink, patient, null, CLOCK)) {
            Thread polling = new Thread(() -> poller.pollOnce(slow.url()));
            polling.start();
            awaitTrue(() -> server.hits("/slow") == 1);
            // The poll is held by the server until released; had health() waited for it, this would hang.
            assertEquals(List.of(new FeedHealth(slow.url(), "Feed /slow", null, null, 0, 0, 0, 0)), poller.health());
            server.releaseSlowResponses();
            polling.join();
            assertEquals(slow.url() + ": line 1, column 20: XML document structures must start and end within the "
                    + "same entity.", poller.health().get(0).lastError());
        }
    }

    @Test
    void pollAllOnceFeedsTheMetrics() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (FeedPoller poller = poller(List.of(feed("/etag"), feed("/error")), null)) {
            poller.bindTo(registry);
            List<FeedHealth> health = poller.pollAllOnce();
            assertEquals(List.of(0, 1), health.stream().map(FeedHealth::consecutiveFailures).toList());
            assertEquals(2.0, registry.get("newsagg.ingest.items.new").functionCounter().count());
            assertEquals(2.0, registry.get("newsagg.ingest.items.seen").functionCounter().count());
            assertEquals(2.0, registry.get("newsagg.ingest.feeds").gauge().value());
            assertEquals(1.0, registry.get("newsagg.ingest.feeds.failing").gauge().value());
        }
    }

    @Test
    void eachFeedServesHowLongItsPollsHaveBeenFailing() {
        // A clock the test moves: the first failure starts the count, later failures do not restart it.
        Instant[] now = {NOW};
        Clock moving = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        FeedSource good = feed("/etag");
        FeedSource bad = feed("/error");
        try (FeedPoller poller = new FeedPoller(List.of(good, bad), sink, config(Map.of()), null, moving)) {
            poller.bindTo(registry);
            poller.pollAllOnce();
            now[0] = NOW.plus(Duration.ofMinutes(30));
            poller.pollAllOnce();
            now[0] = NOW.plus(Duration.ofMinutes(61));
            assertEquals(3660.0, registry.get("newsagg.ingest.feed.failing").tag("feed", "Feed /error")
                    .tag("url", bad.url()).gauge().value());
            assertEquals(0.0, registry.get("newsagg.ingest.feed.failing").tag("feed", "Feed /etag").gauge().value());
        }
    }

    @Test
    void aRedirectChainWithinTheLimitIsFollowed() {
        FeedSource source = feed("/hop/4");
        try (FeedPoller poller = poller(List.of(source), null)) {
            assertEquals(new FeedHealth(source.url(), "Feed /hop/4", NOW, null, 0, 2, 2, 0), poller.pollOnce(source.url()));
        }
        assertEquals(1, server.hits("/plain"));
    }

    @Test
    void goodFeedsArriveWhileOthersFailWhenPollingOnSchedule() throws Exception {
        List<FeedSource> feeds = List.of(feed("/etag"), feed("/error"), feed("/slow"), feed("/gzip"), feed("/throttled"));
        try (FeedPoller poller = poller(feeds, null)) {
            poller.start();
            awaitTrue(() -> sink.articles().size() == 5 && poller.health().get(1).lastError() != null
                    && poller.health().get(2).lastError() != null && poller.health().get(4).lastError() != null);
            List<FeedHealth> health = poller.health();
            assertEquals(NOW, health.get(0).lastSuccess());
            assertEquals(null, health.get(0).lastError());
            assertEquals("HTTP 500", health.get(1).lastError());
            assertEquals("timed out after 3000 ms", health.get(2).lastError());
            assertEquals(NOW, health.get(3).lastSuccess());
            assertEquals("HTTP 429 (retry after 120s)", health.get(4).lastError());
        }
        assertEquals(List.of("AMP host", "From the root", "Same folder", "Tracking stripped", "Up one level"),
                titles(sink.articles()).stream().sorted().toList());
        // Retry-After 120s is longer than the test: the throttled feed was asked exactly once.
        assertEquals(1, server.hits("/throttled"));
    }

    @Test
    void fullTextModeReplacesTheFeedTeaserWithThePageText() {
        FeedSource source = feed("/linked-feed");
        IngestConfig config = config(Map.of("newsagg.ingest.fetch-full-text", "true"));
        try (FeedPoller poller = new FeedPoller(List.of(source), sink, config, null, CLOCK)) {
            poller.pollOnce(source.url());
        }
        assertEquals(List.of(ArticleTextFetcherTest.STORY), sink.articles().stream().map(Article::text).toList());
        assertEquals(List.of("Short teaser."), sink.articles().stream().map(Article::summary).toList());
    }

    @Test
    void fullTextPagesWaitTheirTurnAtTheHostLikeFeeds() {
        // Before, each new article's page was fetched at once, beside the feed's own requests to the same host.
        FeedSource source = feed("/linked-feed");
        IngestConfig config = config(Map.of("newsagg.ingest.fetch-full-text", "true",
                "newsagg.ingest.poll.host-gap", "300ms"));
        try (FeedPoller poller = new FeedPoller(List.of(source), sink, config, null, CLOCK)) {
            poller.pollOnce(source.url());
        }
        assertEquals(List.of(ArticleTextFetcherTest.STORY), sink.articles().stream().map(Article::text).toList());
        List<FeedServer.Request> requests = server.requests;
        assertEquals(List.of("/linked-feed", "/page"), requests.stream().map(FeedServer.Request::path).toList());
        long gapMillis = (requests.get(1).startNanos() - requests.get(0).endNanos()) / 1_000_000;
        assertTrue(gapMillis >= 300, "the page was asked for " + gapMillis + " ms after the feed");
    }

    @Test
    void recordedBodiesReplayToTheSameArticles(@TempDir Path dir) {
        List<FeedSource> feeds = List.of(feed("/etag"), feed("/gzip"), feed("/plain"));
        try (FeedPoller poller = poller(feeds, new FeedRecorder(dir))) {
            for (FeedSource f : feeds) poller.pollOnce(f.url());
        }
        List<Article> replayed = ArchiveReader.read(List.of(dir)).articles();
        List<Article> live = sink.articles().stream()
                .sorted(ArchiveContents.ORDER).toList();
        assertEquals(7, live.size());
        assertEquals(live, replayed);
    }

    @Test
    void aFeedBelowTheMinimumIntervalIsRefusedAtTheStart() {
        FeedSource eager = new FeedSource(server.url("/etag"), "Eager", null, Duration.ofMillis(50), List.of());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> poller(List.of(feed("/plain"), eager), null));
        assertEquals("feed " + eager.url() + ": interval PT0.05S is below the minimum of PT0.1S "
                + "(newsagg.ingest.poll.min-interval)", e.getMessage());
        assertEquals(0, server.requests.size());
    }

    @Test
    void oneHostIsAskedOneRequestAtATimeWithTheGapBetweenThemWhateverTheFeedListSays() throws Exception {
        // Four feeds of one host, polled every 200 ms by four threads: before, all four asked at once.
        List<FeedSource> feeds = List.of(feed("/etag"), feed("/plain"), feed("/gzip"), feed("/error"));
        IngestConfig polite = config(Map.of("newsagg.ingest.poll.host-gap", "300ms"));
        try (FeedPoller poller = new FeedPoller(feeds, sink, polite, null, CLOCK)) {
            poller.start();
            awaitTrue(() -> server.requests.size() >= 8);
        }
        List<FeedServer.Request> requests = server.requests.stream()
                .sorted(java.util.Comparator.comparingLong(FeedServer.Request::startNanos)).toList();
        assertEquals(1, server.mostOpen.get());
        for (int i = 1; i < requests.size(); i++) {
            long gapMillis = (requests.get(i).startNanos() - requests.get(i - 1).endNanos()) / 1_000_000;
            assertTrue(gapMillis >= 300, "request " + i + " began " + gapMillis + " ms after the one before ended");
        }
    }

    @Test
    void slowPublishersAreCutOffAtTheDeadlineAndDoNotDelayAHealthyFeed() throws Exception {
        // Four publishers trickling a byte every 50 ms (no read ever times out), each its own host, beside a healthy
        // feed polled every 200 ms, with four poll threads. Before, the slow ones held every thread for 3 s a poll
        // and the healthy feed was polled about once in 3 s.
        List<FeedServer> slowServers = new java.util.ArrayList<>();
        try {
            List<FeedSource> feeds = new java.util.ArrayList<>(List.of(feed("/etag")));
            for (int i = 0; i < 4; i++) {
                FeedServer slow = new FeedServer();
                slowServers.add(slow);
                feeds.add(new FeedSource(slow.url("/trickle"), "Slow " + i, null, null, List.of()));
            }
            IngestConfig config = config(Map.of("newsagg.ingest.http.deadline", "1000ms",
                    "newsagg.ingest.poll.threads", "4"));
            try (FeedPoller poller = new FeedPoller(feeds, sink, config, null, CLOCK)) {
                long started = System.nanoTime();
                poller.start();
                // ten polls at 200 ms take about 2 s; 3 s with a slow feed holding each of the threads
                awaitTrue(() -> server.hits("/etag") >= 10, Duration.ofSeconds(6));
                awaitTrue(() -> poller.health().stream().skip(1).allMatch(h -> h.lastError() != null));
                List<FeedHealth> health = poller.health();
                assertEquals(new FeedHealth(feeds.get(0).url(), "Feed /etag", NOW, null, 0, 2, 2, 0), health.get(0));
                for (FeedHealth slow : health.subList(1, 5)) {
                    assertEquals("timed out after 1000 ms", slow.lastError(), slow.url());
                    assertEquals(0, slow.itemsSeen(), slow.url());
                }
                assertTrue(System.nanoTime() - started < Duration.ofSeconds(6).toNanos());
            }
        } finally {
            slowServers.forEach(FeedServer::close);
        }
        for (FeedServer slow : slowServers) {
            // one request at a time to each host (the server notices a hang-up at its next byte, 50 ms at most, long
            // before the next poll), every one of them ended by the deadline, not by the server
            assertEquals(1, slow.mostOpen.get());
            for (FeedServer.Request r : slow.requests) {
                long millis = (r.endNanos() - r.startNanos()) / 1_000_000;
                assertTrue(millis < 1000 + 3 * FeedServer.TRICKLE.toMillis(), "a slow request lasted " + millis + " ms");
            }
        }
    }

    @Test
    void aRestartOverTheSameStateDirectoryPublishesNothingAndAsksConditionally(@TempDir Path stateDir) {
        FeedSource withEtag = feed("/etag");
        FeedSource withoutValidators = feed("/plain");
        List<FeedSource> feeds = List.of(withEtag, withoutValidators);
        try (FeedPoller first = new FeedPoller(feeds, sink, config(Map.of()), null, CLOCK, new FeedStateStore(stateDir))) {
            assertEquals(List.of(new FeedHealth(withEtag.url(), "Feed /etag", NOW, null, 0, 2, 2, 0),
                    new FeedHealth(withoutValidators.url(), "Feed /plain", NOW, null, 0, 2, 2, 0)), first.pollAllOnce());
        }
        assertEquals(List.of(), server.conditionalRequests);

        try (FeedPoller second = new FeedPoller(feeds, sink, config(Map.of()), null, CLOCK, new FeedStateStore(stateDir))) {
            // /etag answers 304 to the saved ETag; /plain shows its two items again, both remembered as published
            assertEquals(List.of(new FeedHealth(withEtag.url(), "Feed /etag", NOW, null, 0, 0, 0, 0),
                    new FeedHealth(withoutValidators.url(), "Feed /plain", NOW, null, 0, 2, 0, 0)), second.pollAllOnce());
        }
        assertEquals(List.of(FeedServer.ETAG), server.conditionalRequests);
        assertEquals(List.of("Tracking stripped", "AMP host", "Relative entry", "Only updated"), titles(sink.articles()));
        // one file per feed, each replaced whole: no temporary file left behind
        assertEquals(List.of(".json", ".json"), fileSuffixes(stateDir));
    }

    @Test
    void aFailedSendSurvivesARestartAsARequestForTheWholeFeed(@TempDir Path stateDir) {
        org.newsagg.ingest.publish.ArticleSink refusing = new org.newsagg.ingest.publish.ArticleSink() {
            @Override
            public void publish(Article article) {}

            @Override
            public java.util.concurrent.CompletableFuture<Void> send(Article article) {
                return java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("broker down"));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        FeedSource source = feed("/etag");
        try (FeedPoller first = new FeedPoller(List.of(source), refusing, config(Map.of()), null, CLOCK,
                new FeedStateStore(stateDir))) {
            assertEquals(2, first.pollOnce(source.url()).publishFailures());
        }
        try (FeedPoller second = new FeedPoller(List.of(source), sink, config(Map.of()), null, CLOCK,
                new FeedStateStore(stateDir))) {
            assertEquals(new FeedHealth(source.url(), "Feed /etag", NOW, null, 0, 2, 2, 0), second.pollOnce(source.url()));
        }
        // the ETag was saved, but so was the need for the whole feed: no If-None-Match, so no 304 hid the articles
        assertEquals(List.of(), server.conditionalRequests);
        assertEquals(List.of("Tracking stripped", "AMP host"), titles(sink.articles()));
    }

    private static List<String> fileSuffixes(Path dir) {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.map(f -> f.getFileName().toString().replaceFirst("^[0-9a-f]{32}", "")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        awaitTrue(condition, Duration.ofSeconds(20));
    }

    private static void awaitTrue(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within " + within.toMillis() + " ms");
            synchronized (condition) {
                condition.wait(20);
            }
        }
    }
}
