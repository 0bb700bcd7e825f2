package org.newsagg.ingest.poll;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.feeds.FeedParseException;
import org.newsagg.ingest.feeds.FeedParser;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.ingest.feeds.ParsedFeed;
import org.newsagg.ingest.publish.ArticleSink;
import org.newsagg.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live half of stage 1: polls every configured feed on its own schedule and publishes the items it has not
 * seen before. Each feed is independent: one that times out, throttles us or sends garbage is backed off and
 * reported in {@link #health()}, and the others carry on. A slow one does not delay them either: requests hold no
 * thread while the server takes its time, and each ends at the request deadline. Hosts are asked one request at a
 * time, with a gap between requests ({@link HostGate}). With a {@link FeedStateStore}, validators and seen ids
 * survive a restart.
 */
public final class FeedPoller implements AutoCloseable, MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final Map<String, FeedState> feeds = new LinkedHashMap<>();
    private final ArticleSink sink;
    private final IngestConfig config;
    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final FeedRecorder recorder;
    private final ArticleTextFetcher textFetcher;
    private final PollSchedule schedule;
    private final ScheduledExecutorService executor;
    private final HostGate gate;
    private final FeedStateStore store;
    /** Sends not yet completed, so that close() can let them finish. */
    private final Set<CompletableFuture<Void>> pending = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private volatile boolean closed;

    public FeedPoller(List<FeedSource> feeds, ArticleSink sink, IngestConfig config) {
        this(feeds, sink, config, config.recordDir() == null ? null : new FeedRecorder(config.recordDir()),
                Clock.systemUTC());
    }

    /** @param recorder saves every fetched body for replay; null to record nothing */
    public FeedPoller(List<FeedSource> feeds, ArticleSink sink, IngestConfig config, FeedRecorder recorder,
            Clock clock) {
        this(feeds, sink, config, recorder, clock, null);
    }

    /**
     * @param recorder saves every fetched body for replay; null to record nothing
     * @param store    keeps each feed's validators and seen ids across restarts; null to keep them in memory only
     * @throws IllegalArgumentException for a feed whose interval is below {@code newsagg.ingest.poll.min-interval}
     */
    public FeedPoller(List<FeedSource> feeds, ArticleSink sink, IngestConfig config, FeedRecorder recorder,
            Clock clock, FeedStateStore store) {
        for (FeedSource source : feeds) {
            if (source.interval() != null && source.interval().compareTo(config.minInterval()) < 0) {
                throw new IllegalArgumentException("feed " + source.url() + ": interval " + source.interval()
                        + " is below the minimum of " + config.minInterval() + " (newsagg.ingest.poll.min-interval)");
            }
            this.feeds.putIfAbsent(source.url(), new FeedState(source, config.seenIdsPerFeed()));
        }
        this.sink = sink;
        this.config = config;
        this.fetcher = new FeedFetcher(config, clock);
        this.parser = config.parser();
        this.recorder = recorder;
        this.store = store;
        this.textFetcher = config.fetchFullText() ? new ArticleTextFetcher(config, clock) : null;
        this.schedule = new PollSchedule(config.jitter(), config.maxBackoff());
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(config.pollThreads(), r -> {
            Thread t = new Thread(r, "newsagg-poll-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // At close, polls not yet due are dropped, but work under way (a parse, a send, a state file being
        // written) finishes: an interrupt would cut a state file's write short.
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor = pool;
        this.gate = new HostGate(config.hostGap(), config.maxRequests(), executor, System::nanoTime);
        if (store != null) {
            for (FeedState state : this.feeds.values()) store.load(state.source.url()).ifPresent(state::restore);
        }
    }

    /** Polls every feed now, then each again after its interval (with jitter, or backoff after failures). */
    public void start() {
        for (FeedState state : feeds.values()) {
            executor.execute(() -> pollAndReschedule(state));
        }
    }

    /** Polls one configured feed now (after any request in progress to its host) and returns its health afterwards. */
    public FeedHealth pollOnce(String url) {
        FeedState state = feeds.get(url);
        if (state == null) throw new IllegalArgumentException("not a configured feed: " + url);
        return poll(state).join();
    }

    /** Polls every feed once, one after the other; returns every feed's health. */
    public List<FeedHealth> pollAllOnce() {
        for (FeedState state : feeds.values()) poll(state).join();
        return health();
    }

    /**
     * Exposes the poller's health as metrics: {@code newsagg.ingest.items.seen}, {@code newsagg.ingest.items.new} and
     * {@code newsagg.ingest.items.failed} (counters over all feeds), {@code newsagg.ingest.feeds} and
     * {@code newsagg.ingest.feeds.failing} (gauges), and per feed {@code newsagg.ingest.feed.failing} (seconds since
     * the first failure of the feed's current run of failures, 0 while its last poll succeeded; Prometheus:
     * {@code newsagg_ingest_feed_failing_seconds{feed,url}}), so an alert can say which feed has failed for how long.
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("newsagg.ingest.items.seen", this,
                        p -> p.health().stream().mapToLong(FeedHealth::itemsSeen).sum())
                .description("feed items read, counted again when a feed shows them again").register(registry);
        FunctionCounter.builder("newsagg.ingest.items.new", this,
                        p -> p.health().stream().mapToLong(FeedHealth::itemsNew).sum())
                .description("articles published").register(registry);
        FunctionCounter.builder("newsagg.ingest.items.failed", this,
                        p -> p.health().stream().mapToLong(FeedHealth::publishFailures).sum())
                .description("sends that failed; the article is sent again at its feed's next poll").register(registry);
        Gauge.builder("newsagg.ingest.feeds", this, p -> p.feeds.size())
                .description("configured feeds").register(registry);
        Gauge.builder("newsagg.ingest.feeds.failing", this,
                        p -> p.health().stream().filter(h -> h.consecutiveFailures() > 0).count())
                .description("feeds whose last poll failed").register(registry);
        for (FeedState state : feeds.values()) {
            Gauge.builder("newsagg.ingest.feed.failing", state, s -> s.failingSeconds(clock.instant()))
                    .tag("feed", state.source.name() == null ? state.source.url() : state.source.name())
                    .tag("url", state.source.url())
                    .baseUnit("seconds")
                    .description("seconds since this feed's polls began failing, 0 while its last poll succeeded")
                    .register(registry);
        }
    }

    /** Every feed's health, in configuration order. */
    public List<FeedHealth> health() {
        List<FeedHealth> out = new ArrayList<>();
        for (FeedState state : feeds.values()) out.add(state.health());
        return out;
    }

    @Override
    public void close() {
        closed = true;
        // Sends on their way reach the sink before it is flushed, full-text pages waiting for their turn at a host
        // included: that turn comes from the scheduler, so it is still running. No new poll starts meanwhile.
        long until = System.nanoTime() + config.deadline().plusSeconds(5).toNanos();
        try {
            while (!pending.isEmpty()) {
                long left = until - System.nanoTime();
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("at shutdown, {} articles were still on their way to the sink", pending.size());
        }
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            sink.flush();
        } catch (RuntimeException e) {
            // Each failed send was counted in its feed's health when it failed, and sent again at the next poll.
            LOG.warn("at shutdown, some sends had failed since the start (each counted in its feed's health): {}",
                    e.getMessage());
        }
        // Every send has its result now: what was stored is remembered for the next start.
        for (FeedState state : feeds.values()) save(state);
    }

    private void pollAndReschedule(FeedState state) {
        if (closed) return;
        // No thread waits for the poll: the next one is scheduled when this one completes.
        poll(state).whenComplete((health, error) -> {
            if (closed) return;
            try {
                executor.schedule(() -> pollAndReschedule(state), nextDelay(state).toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // closed between the check and the schedule: nothing left to do
            }
        });
    }

    private Duration nextDelay(FeedState state) {
        Duration interval = state.source.interval() != null ? state.source.interval() : config.defaultInterval();
        synchronized (state) {
            return schedule.nextDelay(interval, state.consecutiveFailures, state.retryAfter,
                    ThreadLocalRandom.current().nextDouble());
        }
    }

    /**
     * One poll of one feed: waits for a turn at its host (which also keeps polls of one feed apart), fetches without
     * holding a thread, then parses and sends on a poll thread. Never completes exceptionally: every failure ends up
     * in the feed's health. The state lock is only held briefly, so {@link #health()} never waits for a slow server.
     */
    private CompletableFuture<FeedHealth> poll(FeedState state) {
        return gate.acquire(state.source.url()).thenCompose(turn -> {
            CompletableFuture<FetchedBody> fetched;
            try {
                // After a failed send, ask for the whole feed again: a 304 would hide the article to send again.
                fetched = state.refetch ? fetcher.fetchAsync(state.source.url(), null, null)
                        : fetcher.fetchAsync(state.source.url(), state.etag, state.lastModified);
            } catch (RuntimeException e) {
                fetched = CompletableFuture.failedFuture(e);
            }
            CompletableFuture<FeedHealth> done = fetched.handleAsync((body, error) -> {
                use(state, body, error);
                return state.health();
            }, executor);
            return done.whenComplete((health, error) -> turn.release());
        });
    }

    private void use(FeedState state, FetchedBody fetched, Throwable error) {
        FeedSource source = state.source;
        if (error != null) {
            Throwable cause = FeedFetcher.unwrap(error);
            if (cause instanceof FetchException e) {
                state.failed(e.getMessage(), e.retryAfter(), clock.instant());
            } else {
                LOG.warn("polling {} failed unexpectedly", source.url(), cause);
                state.failed("unexpected error: " + cause, null, clock.instant());
            }
            return;
        }
        try {
            if (!fetched.notModified()) {
                // The whole feed is here: a send failing from now on asks for it whole again.
                state.refetch = false;
                record(source, fetched);
                ParsedFeed feed = parser.parse(fetched.body(), source.url(), source, fetched.fetched());
                List<CompletableFuture<Void>> sends = new ArrayList<>();
                for (Article article : feed.articles()) {
                    state.counted();
                    if (state.startSending(article.id())) sends.add(send(state, article));
                }
                state.etag = fetched.etag();
                state.lastModified = fetched.lastModified();
                saveWhenStored(state, sends);
            }
            state.succeeded(fetched.fetched());
        } catch (FeedParseException e) {
            state.failed(e.getMessage(), null, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("polling {} failed unexpectedly", source.url(), e);
            state.failed("unexpected error: " + e, null, clock.instant());
        }
    }

    /**
     * Sends a new article; it is remembered as seen, and counted new, only once the broker has stored it. A failed
     * send is counted in the feed's health and sent again at the next poll.
     */
    private CompletableFuture<Void> send(FeedState state, Article article) {
        // In full-text mode the article's page is asked of its host like a feed: in turn, after the gap.
        CompletableFuture<Article> ready = textFetcher == null || article.url() == null
                ? CompletableFuture.completedFuture(article)
                : gate.acquire(article.url()).thenCompose(turn -> textFetcher.withFullTextAsync(article)
                        .whenComplete((a, e) -> turn.release()));
        CompletableFuture<Void> done = ready.thenCompose(sink::send).handle((ok, error) -> {
            if (error == null) state.stored(article.id());
            else state.notStored(article.id(), error);
            return null;
        });
        pending.add(done);
        done.whenComplete((v, e) -> pending.remove(done));
        return done;
    }

    /**
     * Saves the feed's state once every send of this poll has its result, so a restart never takes an article for
     * published before the broker has it. Not on the producer's thread: that one must not wait for a disk.
     */
    private void saveWhenStored(FeedState state, List<CompletableFuture<Void>> sends) {
        if (store == null) return;
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).whenCompleteAsync((v, e) -> save(state),
                executor).exceptionally(rejected -> null); // closed meanwhile: close() saves every feed
    }

    private void save(FeedState state) {
        if (store == null) return;
        try {
            synchronized (state.saveLock) {
                store.save(state.saved());
            }
        } catch (RuntimeException e) {
            LOG.warn("{}", e.getMessage());
        }
    }

    private void record(FeedSource source, FetchedBody fetched) {
        if (recorder == null) return;
        try {
            recorder.record(source, fetched.body(), fetched.fetched());
        } catch (IOException e) {
            LOG.warn("cannot record {}: {}", source.url(), e.toString());
        }
    }

    /**
     * Mutable per-feed state. Validators are only written by the feed's poll, which holds its host's turn; seen ids
     * are guarded by {@code seen}; what health reports is guarded by the instance's monitor.
     */
    private static final class FeedState {
        final FeedSource source;
        final Object saveLock = new Object();
        /** Ids stored, and ids being sent; guarded by {@code seen}: send results arrive on the producer's thread. */
        final SeenIds seen;
        private final Set<String> sending = new HashSet<>();
        volatile String etag;
        volatile String lastModified;
        volatile boolean refetch;
        private Instant lastSuccess;
        private String lastError;
        private int consecutiveFailures;
        /** The first failure of the current run of failures; null while the last poll succeeded. */
        private Instant failingSince;
        private Duration retryAfter;
        private long itemsSeen;
        private long itemsNew;
        private long publishFailures;

        FeedState(FeedSource source, int seenCapacity) {
            this.source = source;
            this.seen = new SeenIds(seenCapacity);
        }

        void restore(FeedStateStore.Saved saved) {
            etag = saved.etag();
            lastModified = saved.lastModified();
            refetch = saved.refetch();
            synchronized (seen) {
                saved.seen().forEach(seen::add);
            }
        }

        FeedStateStore.Saved saved() {
            List<String> ids;
            synchronized (seen) {
                ids = seen.inOrder();
            }
            return new FeedStateStore.Saved(source.url(), etag, lastModified, refetch, ids);
        }

        synchronized void counted() {
            itemsSeen++;
        }

        /** True when the id is neither stored nor being sent: the caller sends it. A stored id is touched. */
        boolean startSending(String id) {
            synchronized (seen) {
                if (seen.contains(id)) {
                    seen.add(id);
                    return false;
                }
                return sending.add(id);
            }
        }

        void stored(String id) {
            synchronized (seen) {
                sending.remove(id);
                seen.add(id);
            }
            synchronized (this) {
                itemsNew++;
            }
        }

        void notStored(String id, Throwable error) {
            synchronized (seen) {
                sending.remove(id);
            }
            refetch = true;
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            synchronized (this) {
                publishFailures++;
                lastError = "cannot publish " + id + ": " + cause.getMessage();
            }
            LOG.warn("feed {}: cannot publish {}, sending it again at the next poll: {}", source.url(), id,
                    cause.toString());
        }

        synchronized void succeeded(Instant at) {
            lastSuccess = at;
            consecutiveFailures = 0;
            failingSince = null;
            retryAfter = null;
        }

        synchronized void failed(String error, Duration serverRetryAfter, Instant at) {
            lastError = error;
            consecutiveFailures++;
            if (failingSince == null) failingSince = at;
            retryAfter = serverRetryAfter;
            LOG.info("feed {} failed ({} in a row): {}", source.url(), consecutiveFailures, error);
        }

        synchronized double failingSeconds(Instant now) {
            return failingSince == null ? 0 : Math.max(0, Duration.between(failingSince, now).toMillis() / 1000.0);
        }

        synchronized FeedHealth health() {
            return new FeedHealth(source.url(), source.name(), lastSuccess, lastError, consecutiveFailures,
                    itemsSeen, itemsNew, publishFailures);
        }
    }
}
