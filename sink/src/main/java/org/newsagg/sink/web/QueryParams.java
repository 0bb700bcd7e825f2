package org.newsagg.sink.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query string of one request, checked before any of it is used (length, number of parameters, names, value
 * sizes and characters), with typed lookups: every problem is a {@link BadRequestException} naming the parameter.
 */
public final class QueryParams {

    /** Far above what any endpoint needs (the longest, a peer's windows query, is some 150 characters). */
    static final int MAX_QUERY_CHARS = 2048;
    /** The endpoint with the most parameters takes five. */
    static final int MAX_PARAMETERS = 10;
    /** Keys are codes, dyads and outlet names: a few dozen characters. */
    static final int MAX_VALUE_CHARS = 256;
    /** Event times the stores can hold: Kafka timestamps start at 1970, and four-digit years end at 9999. */
    static final Instant EARLIEST = Instant.EPOCH;
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final Map<String, String> values;

    private QueryParams(Map<String, String> values) {
        this.values = values;
    }

    public static QueryParams of(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) return new QueryParams(values);
        if (raw.length() > MAX_QUERY_CHARS) {
            throw new BadRequestException("query string longer than " + MAX_QUERY_CHARS + " characters");
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!name.matches("[A-Za-z]{1,32}")) {
                throw new BadRequestException("parameter names are letters only, got '" + printable(name) + "'");
            }
            if (values.containsKey(name)) throw new BadRequestException("parameter " + name + " given twice");
            if (values.size() == MAX_PARAMETERS) {
                throw new BadRequestException("more than " + MAX_PARAMETERS + " parameters");
            }
            if (value.length() > MAX_VALUE_CHARS) {
                throw new BadRequestException("parameter " + name + " is longer than " + MAX_VALUE_CHARS
                        + " characters");
            }
            if (value.codePoints().anyMatch(QueryParams::isControl)) {
                throw new BadRequestException("parameter " + name + " contains a control character");
            }
            values.put(name, value);
        }
        return new QueryParams(values);
    }

    /** Refuses a parameter the endpoint does not take, so that a misspelt one is not silently ignored. */
    public QueryParams onlyThese(String endpoint, Set<String> accepted) {
        for (String name : values.keySet()) {
            if (!accepted.contains(name)) {
                throw new BadRequestException(accepted.isEmpty()
                        ? endpoint + " takes no parameters, got " + name
                        : "unknown parameter " + name + " for " + endpoint + ": one of "
                                + String.join(", ", new TreeSet<>(accepted)));
            }
        }
        return this;
    }

    public Optional<String> optional(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    public String required(String name) {
        return optional(name).orElseThrow(() -> new BadRequestException("parameter " + name + " is required"));
    }

    public Optional<Instant> instant(String name) {
        return optional(name).map(v -> {
            Instant t;
            try {
                t = Instant.parse(v);
            } catch (DateTimeParseException e) {
                throw new BadRequestException("parameter " + name
                        + " must be an ISO-8601 instant like 2025-03-10T08:00:00Z, got '" + v + "'");
            }
            if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
                throw new BadRequestException("parameter " + name + " must be from " + EARLIEST + " to " + LATEST
                        + ", got '" + v + "'");
            }
            return t;
        });
    }

    public int integer(String name, int defaultValue, int min, int max) {
        Optional<String> v = optional(name);
        if (v.isEmpty()) return defaultValue;
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below, with the accepted range
        }
        throw new BadRequestException("parameter " + name + " must be a whole number from " + min + " to " + max
                + ", got '" + v.get() + "'");
    }

    /** True for characters that have no business in a key: C0 and C1 controls, and the Unicode line separators. */
    static boolean isControl(int codePoint) {
        return Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029;
    }

    private static String printable(String s) {
        String cut = s.length() > 32 ? s.substring(0, 32) + "..." : s;
        return cut.codePoints().map(c -> isControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("malformed query string: a % must be followed by two hex digits");
        }
    }
}
