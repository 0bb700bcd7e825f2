package org.newsagg.ingest.feeds;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsagg.model.Article;

/**
 * Turns ROME's view of one feed into the pipeline's {@link Article}s: plain-text fields, absolute and canonical
 * links, UTC dates that are never missing or in the future, and the id and content hashes downstream keys on.
 */
final class ArticleNormalizer {

    private final FeedSource source;
    private final Duration futureSkew;

    ArticleNormalizer(FeedSource source, Duration futureSkew) {
        this.source = source;
        this.futureSkew = futureSkew;
    }

    /** @param rootLanguage the root element's xml:lang, or null */
    ParsedFeed normalize(SyndFeed feed, String rootLanguage, String location, Instant fetched, RecoveryLog log) {
        String feedTitle = plain(feed.getTitleEx(), feed.getTitle());
        String base = absolute(feed.getLink(), source.url());
        String outlet = firstNonBlank(source.name(), feedTitle, host(base));
        String language = languageCode(firstNonBlank(source.language(), feed.getLanguage(), rootLanguage));

        // Archive files without a sidecar have no configured URL; the feed's own link is stable across machines.
        String feedUrl = source.url() != null ? source.url() : firstNonBlank(base, location);
        List<Article> articles = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            Article article = article(entry, base, outlet, feedUrl, language, fetched, log);
            if (article != null) articles.add(article);
        }
        return new ParsedFeed(location, feedTitle, articles, log.list());
    }

    private Article article(SyndEntry entry, String base, String outlet, String feedUrl, String language,
            Instant fetched, RecoveryLog log) {
        String title = plain(entry.getTitleEx(), entry.getTitle());
        if (title == null && entry.getModule(DCModule.URI) instanceof DCModule dc) title = PlainText.fromHtml(dc.getTitle());
        String summary = entry.getDescription() == null ? null
                : plain(entry.getDescription(), entry.getDescription().getValue());
        String content = content(entry);
        String text = content != null ? content : summary;
        String guid = guid(entry);
        String url = link(entry, guid, base);
        if (title == null && url == null && text == null) {
            log.note("empty item skipped");
            return null;
        }
        if (url != null && !url.startsWith("http:") && !url.startsWith("https:")) {
            log.note("link ignored: not http(s)");
            url = null;
        }

        Instant published = entryDate(entry);
        if (published == null) {
            log.note("date missing: fetch time used");
            published = fetched;
        } else if (published.isAfter(fetched.plus(futureSkew))) {
            log.note("future date: fetch time used");
            published = fetched;
        }
        String canonical = UrlCanonicalizer.canonicalize(url);
        return new Article(
                ArticleIdentity.id(canonical, guid, outlet, title, published),
                url,
                canonical,
                outlet,
                feedUrl,
                title,
                summary,
                text,
                published,
                fetched,
                language,
                ArticleIdentity.contentHash(title, text));
    }

    static Instant entryDate(SyndEntry entry) {
        // ROME gives Atom 0.3's <modified> as the published date; <issued> is when it was published.
        if (entry.getWireEntry() instanceof Entry atom && atom.getPublished() != null) {
            return atom.getPublished().toInstant();
        }
        if (entry.getPublishedDate() != null) return entry.getPublishedDate().toInstant();
        if (entry.getUpdatedDate() != null) return entry.getUpdatedDate().toInstant();
        return null;
    }

    private static String content(SyndEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SyndContent c : entry.getContents()) {
            String part = plain(c, c.getValue());
            if (part != null) parts.add(part);
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static String guid(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        if (wire instanceof Item item) {
            return item.getGuid() == null ? null : blankToNull(item.getGuid().getValue());
        }
        if (wire instanceof Entry atom) return blankToNull(atom.getId());
        return blankToNull(entry.getUri());
    }

    /** The item's own link, else its alternate link, else a GUID that is a URL; resolved against the feed. */
    private static String link(SyndEntry entry, String guid, String base) {
        String link = blankToNull(entry.getLink());
        if (link == null) {
            for (SyndLink l : entry.getLinks()) {
                if ((l.getRel() == null || l.getRel().equals("alternate")) && blankToNull(l.getHref()) != null) {
                    link = l.getHref().strip();
                    break;
                }
            }
        }
        boolean guidIsPermaLink = !(entry.getWireEntry() instanceof Item item)
                || item.getGuid() == null || item.getGuid().isPermaLink();
        if (link == null && guid != null && guidIsPermaLink
                && (guid.startsWith("http://") || guid.startsWith("https://"))) {
            link = guid;
        }
        return link == null ? null : absolute(link, base);
    }

    private static String plain(SyndContent content, String value) {
        String type = content == null || content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? PlainText.fromText(value) : PlainText.fromHtml(value);
    }

    static String absolute(String link, String base) {
        if (link == null) return base;
        String trimmed = link.strip();
        try {
            URI uri = new URI(trimmed.replace(" ", "%20"));
            if (uri.isAbsolute() || base == null) return trimmed;
            return new URI(base.strip().replace(" ", "%20")).resolve(uri).toString();
        } catch (Exception e) {
            return trimmed;
        }
    }

    private static String host(String url) {
        try {
            return url == null ? null : new URI(url).getHost();
        } catch (Exception e) {
            return null;
        }
    }

    /** "en-US" and "EN" both mean "en"; anything else not a two-letter code is dropped. */
    private static String languageCode(String language) {
        if (language == null) return null;
        String code = language.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (dash > 0) code = code.substring(0, dash);
        return code.matches("[a-z]{2}") ? code : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
