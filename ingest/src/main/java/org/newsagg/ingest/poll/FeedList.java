package org.newsagg.ingest.poll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.model.Settings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the list of feeds to poll, from YAML ({@code feeds: [{url, name, language, interval, tags}]}) or from an
 * OPML export of a feed reader (outline {@code xmlUrl}, {@code title}/{@code text}, {@code language}; enclosing
 * outlines become tags). A feed without an interval gets the poller's default; one below the floor
 * ({@link IngestConfig#MIN_INTERVAL} unless configured) is refused, naming the feed and the file: {@code interval: 0s}
 * once polled a publisher 40,000 times a minute.
 */
public final class FeedList {

    private FeedList() {}

    /** Reads a YAML feed list, refusing intervals below {@link IngestConfig#MIN_INTERVAL}. */
    public static List<FeedSource> readYaml(Path p) {
        return readYaml(p, IngestConfig.MIN_INTERVAL);
    }

    /** Reads a YAML feed list, refusing any interval below {@code minInterval} (zero and negative ones too). */
    public static List<FeedSource> readYaml(Path p, Duration minInterval) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feed list " + p + ": " + e.getMessage(), e);
        }
        JsonNode list = root != null && root.has("feeds") ? root.get("feeds") : root;
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(p + ": expected a list of feeds, or a 'feeds:' key holding one");
        }
        List<FeedSource> feeds = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String url = node.isTextual() ? node.asText() : text(node, "url");
            if (url == null) throw new IllegalArgumentException(p + ": feed " + (i + 1) + " has no url");
            String interval = node.isTextual() ? null : text(node, "interval");
            List<String> tags = new ArrayList<>();
            if (node.has("tags")) node.get("tags").forEach(t -> tags.add(t.asText()));
            Duration every;
            try {
                every = interval == null ? null : Settings.parseDuration("feeds[" + i + "].interval", interval);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(p + ": feed " + (i + 1) + " (" + url + "): interval '" + interval
                        + "' is not a duration like 30m, 1h or PT15M");
            }
            if (every != null && every.compareTo(minInterval) < 0) {
                throw new IllegalArgumentException(p + ": feed " + (i + 1) + " (" + url + "): interval " + interval
                        + " is below the minimum of " + written(minInterval)
                        + " (newsagg.ingest.poll.min-interval); polling a publisher more often is not polite");
            }
            feeds.add(new FeedSource(url, node.isTextual() ? null : text(node, "name"),
                    node.isTextual() ? null : text(node, "language"), every, tags));
        }
        return feeds;
    }

    public static List<FeedSource> readOpml(Path p) {
        Document document;
        try {
            document = hardenedBuilder().parse(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feed list " + p + ": " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new IllegalArgumentException(p + ": not valid OPML: " + e.getMessage(), e);
        }
        List<FeedSource> feeds = new ArrayList<>();
        NodeList outlines = document.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element outline = (Element) outlines.item(i);
            String url = attribute(outline, "xmlUrl");
            if (url == null) continue;
            String name = attribute(outline, "title") != null ? attribute(outline, "title") : attribute(outline, "text");
            List<String> tags = new ArrayList<>();
            for (Node parent = outline.getParentNode(); parent instanceof Element e && e.getTagName().equals("outline");
                    parent = parent.getParentNode()) {
                String tag = attribute(e, "text") != null ? attribute(e, "text") : attribute(e, "title");
                if (tag != null) tags.add(0, tag);
            }
            String category = attribute(outline, "category");
            if (category != null) {
                for (String c : category.split(",")) if (!c.isBlank()) tags.add(c.strip().replaceFirst("^/", ""));
            }
            feeds.add(new FeedSource(url, name, attribute(outline, "language"), (Duration) null, tags));
        }
        return feeds;
    }

    private static DocumentBuilder hardenedBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e; // reported once, by the caller, instead of also on stderr
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }

    /** A duration as a feed list would write it: 1m, 90s, 250ms. */
    static String written(Duration d) {
        if (d.toMillis() % 60_000 == 0) return d.toMinutes() + "m";
        if (d.toMillis() % 1000 == 0) return d.toSeconds() + "s";
        return d.toMillis() + "ms";
    }

    private static String attribute(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
