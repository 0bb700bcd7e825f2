package org.newsagg.sink.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Trending;
import org.newsagg.sink.aggregate.Dimension;
import org.newsagg.sink.aggregate.Dimensions;
import org.newsagg.sink.aggregate.WindowSpec;
import org.newsagg.sink.codes.CodeName;
import org.newsagg.sink.codes.Codebook;
import org.newsagg.sink.evidence.EvidenceEntries;
import org.newsagg.sink.evidence.EvidenceReadModel;
import org.newsagg.sink.query.AggregateReadModel;
import org.newsagg.sink.query.QueryUnavailableException;
import org.newsagg.sink.query.WindowFamilies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API over one read model, mounted at {@code /api/} for the whole application and at {@code /api/local/}
 * for this instance's own state (what peers ask each other). See docs/sink.md for the endpoints.
 */
public final class ApiHandler implements HttpHandler {

    static final int DEFAULT_TOP = 10;
    static final int MAX_TOP = 1000;
    /** Windows a time series shows when the caller gives no range. */
    static final int DEFAULT_SERIES = 24;
    /** Windows a time series may span: a year of hours, some 35 years of days. */
    static final int MAX_SERIES = 10_000;
    /** Longer paths are none of ours: refused before anything else is done with them. */
    static final int MAX_PATH_CHARS = 256;

    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);

    private final String prefix;
    private final AggregateReadModel model;
    private final WindowFamilies families;
    private final List<String> trendingDimensions;
    private final EvidenceReadModel evidence;
    private final Codebook codebook;

    public ApiHandler(String prefix, AggregateReadModel model, EvidenceReadModel evidence, Codebook codebook,
            List<WindowSpec> windows, List<String> trendingDimensions) {
        this.prefix = prefix;
        this.model = model;
        this.evidence = evidence;
        this.codebook = codebook;
        this.families = new WindowFamilies(windows);
        this.trendingDimensions = List.copyOf(trendingDimensions);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                HttpReplies.error(exchange, 405, "only GET is supported");
                return;
            }
            String path = checkedPath(exchange);
            String endpoint = path.substring(prefix.length());
            QueryParams q = QueryParams.of(exchange.getRequestURI());
            Object body = switch (endpoint) {
                case "windows" -> windows(q.onlyThese(path, Set.of("dimension", "key", "window", "from", "to")));
                case "top" -> top(q.onlyThese(path, Set.of("dimension", "window", "n", "start")));
                case "latest" -> latest(q.onlyThese(path, Set.of("window")));
                case "newest" -> newest(q.onlyThese(path, Set.of()));
                case "trending" -> trending(q.onlyThese(path, Set.of("dimension")));
                case "dimensions" -> dimensions(q.onlyThese(path, Set.of()));
                case "names" -> names(q.onlyThese(path, Set.of("dimension", "key")));
                case "evidence" -> evidence(q.onlyThese(path, Set.of("dimension", "key", "window", "start")));
                default -> null;
            };
            if (body == null) {
                HttpReplies.error(exchange, 404, "no endpoint " + path + ": try " + prefix
                        + "windows, top, latest, newest, trending, dimensions, names or evidence");
            } else if (body instanceof Optional<?> o) {
                if (o.isPresent()) HttpReplies.json(exchange, 200, o.get());
                else HttpReplies.error(exchange, 404, "no trending list for that dimension yet");
            } else {
                HttpReplies.json(exchange, 200, body);
            }
        } catch (BadRequestException | IllegalArgumentException e) {
            HttpReplies.error(exchange, 400, e.getMessage());
        } catch (QueryUnavailableException | InvalidStateStoreException e) {
            HttpReplies.error(exchange, 503, e.getMessage());
        } catch (RuntimeException e) {
            // The caller gets no class names or traces; the operator finds them in the log.
            log.warn("API request {} failed", exchange.getRequestURI(), e);
            HttpReplies.error(exchange, 500, "internal error: see the sink's log");
        }
    }

    /**
     * The request's path, once it is known to be short and free of control characters, with a query string of
     * bounded length. (The JDK's server has already refused a target that is not a URI, with a 400 of its own.)
     */
    static String checkedPath(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawPath();
        if (raw == null || raw.length() > MAX_PATH_CHARS) {
            throw new BadRequestException("path longer than " + MAX_PATH_CHARS + " characters");
        }
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null && query.length() > QueryParams.MAX_QUERY_CHARS) {
            throw new BadRequestException("query string longer than " + QueryParams.MAX_QUERY_CHARS + " characters");
        }
        String path = exchange.getRequestURI().getPath();
        if (path.codePoints().anyMatch(QueryParams::isControl)) {
            throw new BadRequestException("path contains a control character");
        }
        return path;
    }

    private List<Aggregate> windows(QueryParams q) {
        String dimension = dimension(q);
        String key = q.required("key");
        String window = q.required("window");
        WindowSpec spec = families.byName(window);
        Optional<Instant> to = q.instant("to").or(() -> model.latestWindowStart(window));
        if (to.isEmpty()) return List.of();
        Instant from = q.instant("from").orElse(to.get().minus(spec.advance().multipliedBy(DEFAULT_SERIES - 1)));
        if (from.isBefore(QueryParams.EARLIEST)) from = QueryParams.EARLIEST;
        if (from.isAfter(to.get())) throw new BadRequestException("parameter from must not be after to");
        long windows = Duration.between(from, to.get()).dividedBy(spec.advance()) + 1;
        if (windows > MAX_SERIES) {
            throw new BadRequestException("from " + from + " to " + to.get() + " spans " + windows + " windows of "
                    + window + ": at most " + MAX_SERIES + " in one request");
        }
        return model.windows(dimension, key, window, from, to.get());
    }

    private List<Aggregate> top(QueryParams q) {
        String dimension = dimension(q);
        String window = q.required("window");
        families.byName(window);
        int n = q.integer("n", DEFAULT_TOP, 1, MAX_TOP);
        Optional<Instant> start = q.instant("start").or(() -> model.latestWindowStart(window));
        return start.isEmpty() ? List.of() : model.top(dimension, window, start.get(), n);
    }

    private Map<String, Object> latest(QueryParams q) {
        String window = q.required("window");
        WindowSpec spec = families.byName(window);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("window", window);
        model.latestWindowStart(window).ifPresent(start -> {
            out.put("windowStart", start);
            out.put("windowEnd", start.plus(spec.size()));
        });
        return out;
    }

    private Map<String, Object> newest(QueryParams q) {
        Map<String, Object> out = new LinkedHashMap<>();
        model.newestEvent().ifPresent(t -> out.put("newest", t));
        return out;
    }

    private Object trending(QueryParams q) {
        Optional<String> dimension = q.optional("dimension");
        if (dimension.isPresent()) {
            if (!trendingDimensions.contains(dimension.get())) {
                throw new BadRequestException("dimension " + dimension.get() + " is not ranked for trending: one of "
                        + String.join(", ", trendingDimensions));
            }
            return model.trending(dimension.get());
        }
        List<Trending> all = new ArrayList<>();
        for (String d : trendingDimensions) model.trending(d).ifPresent(all::add);
        return all;
    }

    /** One key in words, with the codes it is made of, from the tagger's own tables. */
    private CodeName names(QueryParams q) {
        return codebook.name(dimension(q), q.required("key"));
    }

    /**
     * The articles behind one count: the key's newest articles in one window (the current one unless {@code start}
     * says), with the sentence and trigger words of each event for event and dyad keys.
     */
    private Map<String, Object> evidence(QueryParams q) {
        String dimension = dimension(q);
        if (!evidence.keeps(dimension)) {
            throw new BadRequestException("the articles behind " + dimension + " keys are not kept: add " + dimension
                    + " to newsagg.sink.evidence-dimensions");
        }
        String key = q.required("key");
        String window = q.required("window");
        WindowSpec spec = families.byName(window);
        Optional<Instant> given = q.instant("start");
        if (given.isPresent() && given.get().toEpochMilli() % spec.advance().toMillis() != 0) {
            throw new BadRequestException("parameter start must be the start of a " + window + " window (a whole "
                    + spec.advance().toString().substring(2).toLowerCase() + " since 1970-01-01T00:00:00Z), got '"
                    + given.get() + "'");
        }
        Optional<Instant> start = given.or(() -> model.latestWindowStart(window));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dimension", dimension);
        out.put("key", key);
        String name = codebook.name(dimension, key).name();
        if (name != null) out.put("name", name);
        out.put("window", window);
        start.ifPresent(s -> {
            out.put("windowStart", s);
            out.put("windowEnd", s.plus(spec.size()));
        });
        out.put("limit", EvidenceEntries.LIMIT);
        out.put("articles", start.isEmpty() ? List.of() : evidence.evidence(dimension, key, window, start.get()));
        return out;
    }

    /** Every dimension with what its keys are, and whether the trending topic ranks it. */
    private List<Map<String, Object>> dimensions(QueryParams q) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Dimension d : Dimensions.REGISTRY) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", d.name());
            m.put("description", d.description());
            m.put("example", d.example());
            m.put("trending", trendingDimensions.contains(d.name()));
            out.add(m);
        }
        return out;
    }

    private static String dimension(QueryParams q) {
        String d = q.required("dimension");
        if (!Dimensions.ALL.contains(d)) {
            throw new BadRequestException("unknown dimension '" + d + "': one of " + String.join(", ", Dimensions.ALL));
        }
        return d;
    }
}
