package org.newsagg.ingest.feeds;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.newsagg.model.Article;

/**
 * Stage 1's reader: one RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 body in, normalized {@link Article}s out. The XML is
 * decoded and repaired by this module before ROME parses it with DOCTYPEs disallowed, so no parser ever loads a
 * DTD, an external entity or a network resource. Thread-safe and reusable.
 */
public final class FeedParser {

    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    /** How far in the future a date may be before it is taken for a clock or time-zone error. */
    public static final Duration DEFAULT_FUTURE_SKEW = Duration.ofMinutes(10);

    private static final Pattern XML_LANG = Pattern.compile("\\sxml:lang\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern ROOT_ELEMENT = Pattern.compile("<([A-Za-z_][A-Za-z0-9_.:-]*)");

    private static final Pattern HTML_DOCTYPE = Pattern.compile("<!DOCTYPE\\s+html\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern RSS_DEFAULT_NAMESPACE =
            Pattern.compile("^(?:<[?!][^>]*>|\\s)*<rss\\b[^>]*?(\\sxmlns\\s*=\\s*(\"[^\"]*\"|'[^']*'))");

    private final long maxBodyBytes;
    private final Duration futureSkew;

    public FeedParser() {
        this(DEFAULT_MAX_BODY_BYTES, DEFAULT_FUTURE_SKEW);
    }

    public FeedParser(long maxBodyBytes, Duration futureSkew) {
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
        this.futureSkew = futureSkew;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** location = file path or URL, used in messages. fetched = when the bytes were read. */
    public ParsedFeed parse(byte[] body, String location, FeedSource source, Instant fetched) throws FeedParseException {
        RecoveryLog log = new RecoveryLog();
        ReadFeed read = read(body, location, log);
        return new ArticleNormalizer(source, futureSkew).normalize(read.feed(), read.rootLanguage(), location, fetched, log);
    }

    /**
     * Parses an archived body whose fetch time is unknown: the fetch time is taken from the feed itself, the later
     * of its own updated/lastBuildDate and its newest item, else {@code fallback} (e.g. the file's mtime), so that
     * reading the same file twice gives the same articles. Never later than {@code fallback}, though: a file is
     * written after it was fetched, and an item dated in the future (a wrong time zone, a year 9999) would otherwise
     * become the fetch time and nothing would look future-dated.
     */
    public ParsedFeed parseArchived(byte[] body, String location, FeedSource source, Instant fallback)
            throws FeedParseException {
        RecoveryLog log = new RecoveryLog();
        ReadFeed read = read(body, location, log);
        Instant fetched = latest(feedDate(read.feed()), newestItemDate(read.feed()));
        if (fetched == null || (fallback != null && fetched.isAfter(fallback))) fetched = fallback;
        return new ArticleNormalizer(source, futureSkew)
                .normalize(read.feed(), read.rootLanguage(), location, fetched, log);
    }

    /** How far ahead of its fetch time an article may be dated before it is dated at its fetch time instead. */
    public Duration futureSkew() {
        return futureSkew;
    }

    /** ROME's view of a feed, and the root element's xml:lang, which ROME does not keep for Atom. */
    private record ReadFeed(SyndFeed feed, String rootLanguage) {}

    private ReadFeed read(byte[] body, String location, RecoveryLog log) throws FeedParseException {
        if (body.length > maxBodyBytes) {
            throw new FeedParseException(location, "body exceeds " + maxBodyBytes + " bytes");
        }
        String text = FeedTextDecoder.decode(body, log);
        if (text.isBlank()) throw new FeedParseException(location, "empty body");
        refuseWhatIsNoFeed(text, location);
        String xml = withoutRssNamespace(XmlRepairer.repair(text, location, maxBodyBytes, log), log);

        // WireFeedInput rather than SyndFeedInput: its build(Document) is the one place between XML parsing and
        // ROME's mapping where AtomQuirks can mend what ROME cannot read.
        WireFeedInput input = new WireFeedInput(false, Locale.US) {
            @Override
            public WireFeed build(Document document) throws FeedException {
                AtomQuirks.mend(document, log);
                return super.build(document);
            }
        };
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(false);
        try {
            // Wire feed preserved: the normalizer reads RSS guids and Atom dates from it.
            return new ReadFeed(new SyndFeedImpl(input.build(new StringReader(xml)), true), rootLanguage(xml));
        } catch (IllegalArgumentException e) {
            throw new FeedParseException(location, "not an RSS or Atom feed (root element <" + rootElement(xml) + ">)");
        } catch (FeedException e) {
            if (rootCause(e) instanceof RuntimeException) throw malformed(location, xml);
            if (e instanceof ParsingFeedException p) {
                throw new FeedParseException(location, p.getLineNumber(), p.getColumnNumber(), rootMessage(e));
            }
            throw new FeedParseException(location, rootMessage(e));
        } catch (RuntimeException e) {
            throw malformed(location, xml);
        }
    }

    /**
     * Names what a user most often gives instead of a feed, before any XML parser words it in its own terms
     * ("Content is not allowed in prolog"): text that is not markup at all, and an HTML page, which is usually not
     * well-formed XML and would otherwise fail on some unclosed {@code <meta>}.
     */
    private static void refuseWhatIsNoFeed(String text, String location) throws FeedParseException {
        String start = text.stripLeading();
        if (!start.startsWith("<")) {
            // Control characters (a binary body) are shown as '?', so the message stays one printable line.
            String opening = start.lines().findFirst().orElse("").strip().replaceAll("\\p{Cc}", "?");
            int cut = opening.offsetByCodePoints(0, Math.min(opening.codePointCount(0, opening.length()), 40));
            String shown = cut < opening.length() ? opening.substring(0, cut) + "..." : opening;
            throw new FeedParseException(location, "not XML: the text starts with \"" + shown + "\"");
        }
        String root = rootElement(text);
        int rootStart = rootStart(text);
        boolean htmlDoctype = rootStart > 0 && HTML_DOCTYPE.matcher(text).region(0, rootStart).find();
        if (root.equalsIgnoreCase("html") || htmlDoctype) {
            throw new FeedParseException(location, "not an RSS or Atom feed: an HTML page (root element <" + root + ">)");
        }
    }

    /** RSS has no namespace; a default one on {@code <rss>} hides every element from ROME, so it is dropped. */
    private static String withoutRssNamespace(String xml, RecoveryLog log) {
        Matcher m = RSS_DEFAULT_NAMESPACE.matcher(xml);
        if (!m.find()) return xml;
        log.note("default namespace on <rss> removed");
        return xml.substring(0, m.start(1)) + xml.substring(m.end(1));
    }

    /** ROME trusts the structure of what it accepted and fails inside; a message is all a user can act on. */
    private static FeedParseException malformed(String location, String xml) {
        return new FeedParseException(location,
                "malformed <" + rootElement(xml) + "> feed: a required element is missing or unreadable");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = rootCause(e);
        // A parser's class name tells a user nothing; without a message, say what failed.
        String message = t.getMessage() == null ? "unreadable XML" : t.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    private static String rootElement(String xml) {
        int start = rootStart(xml);
        if (start < 0) return "?";
        Matcher m = ROOT_ELEMENT.matcher(xml).region(start, xml.length());
        return m.lookingAt() ? m.group(1) : "?";
    }

    private static String rootLanguage(String xml) {
        int start = rootStart(xml);
        int end = start < 0 ? -1 : xml.indexOf('>', start);
        if (end < 0) return null;
        Matcher m = XML_LANG.matcher(xml).region(start, end);
        return m.find() ? m.group(1) : null;
    }

    /** Index of the root element's start tag, past the prolog's declarations, comments and PIs; -1 if none. */
    private static int rootStart(String xml) {
        int i = 0;
        while (true) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) return -1;
            String end = xml.startsWith("<!--", lt) ? "-->" : xml.startsWith("<?", lt) ? "?>" : xml.startsWith("<!", lt) ? ">" : null;
            if (end == null) return lt;
            int close = xml.indexOf(end, lt + 2);
            if (close < 0) return -1;
            i = close + end.length();
        }
    }

    static Instant feedDate(SyndFeed feed) {
        WireFeed wire = feed.originalWireFeed();
        Date date = null;
        if (wire instanceof Channel channel) {
            date = channel.getLastBuildDate() != null ? channel.getLastBuildDate() : channel.getPubDate();
        } else if (wire instanceof Feed atom) {
            date = atom.getUpdated();
        }
        if (date == null) date = feed.getPublishedDate();
        return date == null ? null : date.toInstant();
    }

    static Instant newestItemDate(SyndFeed feed) {
        Instant newest = null;
        for (SyndEntry entry : feed.getEntries()) {
            newest = latest(newest, ArticleNormalizer.entryDate(entry));
        }
        return newest;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
