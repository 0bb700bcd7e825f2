package org.newsagg.ingest.poll;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.feeds.ArticleIdentity;
import org.newsagg.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional {@code --fetch-full-text} step: fetches an article's page, under the same politeness and limits as
 * feeds, and replaces the feed's short text with the page's main text, so tagging and story grouping see the whole
 * article. A page that cannot be fetched or has no recognisable body leaves the article as the feed gave it.
 */
public final class ArticleTextFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleTextFetcher.class);
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** Below this, what was found is a teaser or boilerplate, not an article body. */
    static final int MIN_TEXT_CHARS = 200;

    private final FeedFetcher fetcher;

    public ArticleTextFetcher(IngestConfig config) {
        this(config, Clock.systemUTC());
    }

    ArticleTextFetcher(IngestConfig config, Clock clock) {
        this.fetcher = new FeedFetcher(config, clock, FeedFetcher.PAGE_TYPES);
    }

    /** The article with the page's main text (and a content hash to match), or the article unchanged. */
    public Article withFullText(Article article) {
        if (article.url() == null) return article;
        try {
            return withTextOf(article, fetcher.fetch(article.url(), null, null));
        } catch (FetchException e) {
            LOG.debug("no full text for {}: {}", article.url(), e.getMessage());
            return article;
        }
    }

    /**
     * As {@link #withFullText}, without holding a thread while the page arrives (the poller's way: a slow page must
     * not hold a poll thread); never completes exceptionally.
     */
    CompletableFuture<Article> withFullTextAsync(Article article) {
        if (article.url() == null) return CompletableFuture.completedFuture(article);
        return fetcher.fetchAsync(article.url(), null, null).handle((page, error) -> {
            if (error == null) return withTextOf(article, page);
            LOG.debug("no full text for {}: {}", article.url(), FeedFetcher.unwrap(error).getMessage());
            return article;
        });
    }

    private Article withTextOf(Article article, FetchedBody page) {
        String text;
        try {
            if (page.notModified()) return article;
            Document document = Jsoup.parse(new ByteArrayInputStream(page.body()), charset(page.contentType()),
                    page.finalUrl());
            text = mainText(document);
        } catch (IOException e) {
            LOG.debug("no full text for {}: {}", article.url(), e.getMessage());
            return article;
        }
        if (text == null || (article.text() != null && text.length() <= article.text().length())) return article;
        return new Article(article.id(), article.url(), article.canonicalUrl(), article.source(), article.feedUrl(),
                article.title(), article.summary(), text, article.published(), article.fetched(), article.language(),
                ArticleIdentity.contentHash(article.title(), text));
    }

    /**
     * The main text of a page, with navigation, asides, scripts and forms removed: the paragraphs of its
     * {@code <article>} (or {@code itemprop="articleBody"}) holding the most paragraph text, else the paragraphs of
     * the element that directly holds the most paragraph text; null when that is under 200 characters.
     */
    public static String mainText(Document document) {
        document.select("script, style, noscript, nav, header, footer, aside, form, iframe, figure, button").remove();
        Element best = null;
        int bestLength = 0;
        for (Element marked : document.select("article, [itemprop=articleBody]")) {
            int length = paragraphText(marked.select("p")).length();
            if (length > bestLength) {
                best = marked;
                bestLength = length;
            }
        }
        if (best == null) {
            Map<Element, Integer> credit = new HashMap<>();
            for (Element p : document.select("p")) {
                Element parent = p.parent();
                if (parent != null) credit.merge(parent, p.text().length(), Integer::sum);
            }
            for (Map.Entry<Element, Integer> e : credit.entrySet()) {
                if (e.getValue() > bestLength) {
                    best = e.getKey();
                    bestLength = e.getValue();
                }
            }
        }
        if (best == null) return null;
        String text = paragraphText(best.select("p"));
        return text.length() < MIN_TEXT_CHARS ? null : text;
    }

    private static String paragraphText(Elements paragraphs) {
        StringBuilder out = new StringBuilder();
        for (Element p : paragraphs) {
            String text = p.text().strip();
            if (text.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(text);
        }
        return out.toString();
    }

    private static String charset(String contentType) {
        if (contentType == null) return null;
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        return Charset.isSupported(name) ? name : null;
    }
}
