package org.newsagg.ingest.feeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one URL an article is known by, whatever campaign, AMP page or fragment a feed links to: tracking parameters
 * (listed in {@code tracking-params.txt}), the fragment and AMP variants are removed, scheme and host lowercased and
 * default ports dropped. The article id is a hash of this URL, so changing the rules changes ids.
 */
public final class UrlCanonicalizer {

    private static final Set<String> TRACKING_EXACT = new HashSet<>();
    private static final List<String> TRACKING_PREFIXES = new ArrayList<>();

    static {
        try (InputStream in = UrlCanonicalizer.class.getResourceAsStream("tracking-params.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String name = line.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty() || name.startsWith("#")) continue;
                if (name.endsWith("*")) TRACKING_PREFIXES.add(name.substring(0, name.length() - 1));
                else TRACKING_EXACT.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tracking-params.txt", e);
        }
    }

    private UrlCanonicalizer() {}

    /** The canonical form of an absolute http(s) URL; other strings come back stripped of surrounding blanks. */
    public static String canonicalize(String url) {
        if (url == null) return null;
        String trimmed = url.strip();
        URI uri;
        try {
            uri = new URI(trimmed.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return trimmed;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getRawAuthority() == null || uri.getHost() == null) {
            return trimmed;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("amp.")) host = host.substring(4);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);

        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        path = withoutAmpSuffix(path);

        StringBuilder out = new StringBuilder(trimmed.length());
        out.append(scheme).append("://");
        if (uri.getRawUserInfo() != null) out.append(uri.getRawUserInfo()).append('@');
        out.append(host);
        if (!defaultPort) out.append(':').append(port);
        out.append(path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) out.append('?').append(query);
        return out.toString();
    }

    private static String withoutAmpSuffix(String path) {
        String p = path;
        if (p.endsWith("/amp/")) p = p.substring(0, p.length() - 5);
        else if (p.endsWith("/amp")) p = p.substring(0, p.length() - 4);
        else if (p.endsWith(".amp")) p = p.substring(0, p.length() - 4);
        else if (p.endsWith(".amp.html")) p = p.substring(0, p.length() - 9) + ".html";
        return p.isEmpty() ? "/" : p;
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return "";
        StringBuilder kept = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (isTracking(name) || isAmpSwitch(name, value)) continue;
            if (kept.length() > 0) kept.append('&');
            kept.append(pair);
        }
        return kept.toString();
    }

    private static boolean isAmpSwitch(String name, String value) {
        return name.equals("amp") || (name.equals("outputtype") && value.equalsIgnoreCase("amp"));
    }

    private static boolean isTracking(String name) {
        if (TRACKING_EXACT.contains(name)) return true;
        for (String prefix : TRACKING_PREFIXES) {
            if (name.startsWith(prefix)) return true;
        }
        return false;
    }
}
