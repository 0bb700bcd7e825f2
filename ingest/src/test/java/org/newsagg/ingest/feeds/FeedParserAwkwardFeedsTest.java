package org.newsagg.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsagg.ingest.feeds.Fixtures.FETCHED;
import static org.newsagg.ingest.feeds.Fixtures.parse;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Article;

class FeedParserAwkwardFeedsTest {

    private static List<String> titles(ParsedFeed feed) {
        return feed.articles().stream().map(Article::title).toList();
    }

    private static List<String> urls(ParsedFeed feed) {
        return feed.articles().stream().map(Article::url).toList();
    }

    private static List<Instant> dates(ParsedFeed feed) {
        return feed.articles().stream().map(Article::published).toList();
    }

    @Test
    void windows1252WithoutDeclarationIsGuessedAndDecoded() throws Exception {
        ParsedFeed feed = parse("awkward/windows-1252-undeclared.xml");
        assertEquals(List.of("Café owners say “déjà vu” as rents rise €40"), titles(feed));
        assertEquals("Prices in the old town – again.", feed.articles().get(0).summary());
        assertEquals(List.of("https://harbour.example.com/news/cafe-rents"), urls(feed));
        assertEquals(List.of(Instant.parse("2026-03-03T08:00:00Z")), dates(feed));
        assertEquals(List.of("encoding guessed: windows-1252"), feed.recoveries());
    }

    @Test
    void windows1251WithoutDeclarationIsGuessedFromTheShapeOfItsBytes() throws Exception {
        ParsedFeed feed = parse("awkward/windows-1251-undeclared.xml");
        assertEquals("Вечерние новости", feed.title());
        assertEquals(List.of("Городской парк откроется после ремонта"), titles(feed));
        assertEquals(List.of("https://vecher.example.ru/park"), urls(feed));
        assertEquals(List.of(Instant.parse("2026-03-03T06:30:00Z")), dates(feed));
        assertEquals(List.of("encoding guessed: windows-1251"), feed.recoveries());
    }

    @Test
    void gb2312DeclaredDecodesAndLanguageComesFromTheFeed() throws Exception {
        ParsedFeed feed = parse("awkward/gb2312-declared.xml");
        assertEquals(List.of("北京今日天气晴朗"), titles(feed));
        assertEquals(List.of(Instant.parse("2026-03-03T02:00:00Z")), dates(feed));
        assertEquals("zh", feed.articles().get(0).language());
        assertEquals("城市晚报", feed.articles().get(0).source());
        assertEquals(List.of(), feed.recoveries());
    }

    @Test
    void latin1DeclaredWithWindowsQuotesIsReadAsWindows1252() throws Exception {
        ParsedFeed feed = parse("awkward/latin1-declared-with-c1-quotes.xml");
        assertEquals(List.of("L’été arrive à Nîmes"), titles(feed));
        assertEquals(List.of("encoding guessed: windows-1252"), feed.recoveries());
    }

    @Test
    void iso88597DeclaredDecodesGreek() throws Exception {
        ParsedFeed feed = parse("awkward/iso-8859-7-declared.xml");
        assertEquals(List.of("Νέο λιμάνι στην Πάτρα"), titles(feed));
        assertEquals(List.of(Instant.parse("2026-03-03T10:00:00Z")), dates(feed));
    }

    @Test
    void byteOrderMarksDecideTheEncoding() throws Exception {
        assertEquals(List.of("Zürich trams run all night"), titles(parse("awkward/utf8-bom.xml")));
        ParsedFeed utf16 = parse("awkward/utf16-bom.xml");
        assertEquals(List.of("Łódź hosts a chess final"), titles(utf16));
        assertEquals(List.of(Instant.parse("2026-03-03T13:00:00Z")), dates(utf16));
    }

    @Test
    void htmlEntitiesBecomeCharactersAndAreNamed() throws Exception {
        ParsedFeed feed = parse("awkward/html-entities.xml");
        assertEquals("Entity Times", feed.title());
        assertEquals(List.of("Café society — a review"), titles(feed));
        assertEquals("Five stars… maybe ½!", feed.articles().get(0).summary());
        assertEquals(List.of("entity replaced: &nbsp;", "entity replaced: &eacute;", "entity replaced: &mdash;",
                "entity replaced: &hellip;", "entity replaced: &frac12;"), feed.recoveries());
    }

    @Test
    void bareAmpersandsAreRepairedOnce() throws Exception {
        ParsedFeed feed = parse("awkward/bare-ampersand.xml");
        assertEquals("Salt & Pepper Daily", feed.title());
        assertEquals(List.of("Fish & chips prices climb"), titles(feed));
        assertEquals(List.of("https://salt.example.com/story?id=7&section=food"), urls(feed));
        assertEquals(List.of("bare & repaired"), feed.recoveries());
    }

    @Test
    void cdataAndHtmlBecomePlainTextAndContentIsTheText() throws Exception {
        ParsedFeed feed = parse("awkward/cdata-html.xml");
        assertEquals("The Markup Herald", feed.title());
        assertEquals(List.of("Breaking: bridge reopens", "Escaped markup in a title"), titles(feed));
        Article bridge = feed.articles().get(0);
        assertEquals("The bridge is open & busy.", bridge.summary());
        assertEquals("The bridge is open & busy. Traffic flows again after two years.", bridge.text());
        assertNull(feed.articles().get(1).text());
    }

    @Test
    void relativeLinksResolveAgainstTheChannelLink() throws Exception {
        ParsedFeed feed = parse("awkward/relative-links.xml");
        assertEquals(List.of(
                "https://relative.example.com/world/story-1.html",
                "https://relative.example.com/local/story-2.html",
                "https://relative.example.com/section/story-3.html?utm_source=rss&page=2#comments"), urls(feed));
        assertEquals("https://relative.example.com/section/story-3.html?page=2",
                feed.articles().get(2).canonicalUrl());
    }

    @Test
    void oddDatesParseAndMissingOrFutureOnesFallBackToFetchTime() throws Exception {
        ParsedFeed feed = parse("awkward/odd-dates.xml");
        assertEquals(List.of(
                Instant.parse("2026-03-03T08:05:00Z"),
                Instant.parse("2026-03-03T10:00:00Z"),
                Instant.parse("2026-03-03T11:00:00Z"),
                Instant.parse("2026-03-03T12:30:00Z"),
                Instant.parse("2026-03-03T11:45:00Z"),
                FETCHED,
                FETCHED,
                FETCHED), dates(feed));
        assertEquals(List.of("date missing: fetch time used", "future date: fetch time used"), feed.recoveries());
        for (Article a : feed.articles()) assertEquals(FETCHED, a.fetched());
    }

    @Test
    void itemsWithoutLinkOrGuidStillGetStableIds() throws Exception {
        ParsedFeed feed = parse("awkward/no-link-no-guid.xml");
        assertEquals(List.of("Only a title and text", "Permalink guid only", "Opaque guid only"), titles(feed));
        assertEquals(java.util.Arrays.asList(null, "https://bare.example.com/permalink-story", null), urls(feed));
        assertEquals(ArticleIdentity.sha256("Bare Bulletin\nOnly a title and text\n2026-03-03T19:00:00Z"),
                feed.articles().get(0).id());
        assertEquals(ArticleIdentity.sha256("https://bare.example.com/permalink-story"), feed.articles().get(1).id());
        assertEquals(ArticleIdentity.sha256("bare-2026-03-03-0042"), feed.articles().get(2).id());
        assertEquals(List.of("empty item skipped"), feed.recoveries());
    }

    @Test
    void rss091WithNetscapeDoctypeParsesWithoutFetchingTheDtd() throws Exception {
        ParsedFeed feed = parse("awkward/rss091.xml");
        assertEquals(List.of("Modem speeds double"), titles(feed));
        assertEquals(List.of("http://oldschool.example.net/modems.html"), urls(feed));
        assertEquals(List.of(FETCHED), dates(feed));
        assertEquals("en", feed.articles().get(0).language());
        assertEquals(List.of("DOCTYPE removed", "date missing: fetch time used"), feed.recoveries());
    }

    @Test
    void rss10RdfParses() throws Exception {
        ParsedFeed feed = parse("awkward/rss10-rdf.xml");
        assertEquals(List.of("Triples everywhere"), titles(feed));
        assertEquals(List.of("https://rdf.example.org/a"), urls(feed));
        assertEquals(List.of(Instant.parse("2026-03-03T19:00:00Z")), dates(feed));
        assertEquals("de", feed.articles().get(0).language());
    }

    @Test
    void rss20LinksAreCanonicalizedAndIdsHashTheCanonicalUrl() throws Exception {
        ParsedFeed feed = parse("awkward/rss20.xml");
        assertEquals(List.of("Tracking stripped", "AMP host"), titles(feed));
        Article first = feed.articles().get(0);
        assertEquals("https://www.modern.example.com/politics/vote?id=9", first.canonicalUrl());
        assertEquals(ArticleIdentity.sha256("https://www.modern.example.com/politics/vote?id=9"), first.id());
        assertEquals("http://modern.example.com/sport/final", feed.articles().get(1).canonicalUrl());
        assertEquals(List.of(Instant.parse("2026-03-03T21:00:00Z"), Instant.parse("2026-03-03T22:00:00Z")), dates(feed));
        assertEquals("en", first.language());
        assertEquals("Modern Messenger", first.source());
        assertEquals("https://feeds.example.com/feed.xml", first.feedUrl());
        assertEquals(ArticleIdentity.contentHash("Tracking stripped", "Votes counted."), first.contentHash());
    }

    @Test
    void atom03UsesIssuedAsPublicationTime() throws Exception {
        ParsedFeed feed = parse("awkward/atom03.xml");
        assertEquals(List.of("Early Atom entry"), titles(feed));
        assertEquals(List.of("https://atom03.example.com/early"), urls(feed));
        assertEquals(List.of(Instant.parse("2026-03-03T21:15:00Z")), dates(feed));
        assertEquals("Atom before it was a standard.", feed.articles().get(0).summary());
    }

    @Test
    void atom10ResolvesXmlBaseTakesXmlLangAndKeepsPlainTextSummariesAsTheyAre() throws Exception {
        ParsedFeed feed = parse("awkward/atom10.xml");
        assertEquals(List.of("fr", "fr"), feed.articles().stream().map(Article::language).toList());
        assertEquals("Atom & Eve", feed.title());
        assertEquals(List.of("Relative entry", "Only updated"), titles(feed));
        assertEquals(List.of("https://atom.example.org/blog/posts/relative",
                "https://atom.example.org/blog/posts/updated"), urls(feed));
        assertEquals(List.of(Instant.parse("2026-03-03T21:30:00Z"), Instant.parse("2026-03-03T23:10:00Z")), dates(feed));
        assertEquals("Plain <summary> text", feed.articles().get(0).summary());
        assertEquals("Full content here.", feed.articles().get(0).text());
    }

    @Test
    void parsingTheSameBytesTwiceGivesEqualArticles() throws Exception {
        assertEquals(parse("awkward/cdata-html.xml"), parse("awkward/cdata-html.xml"));
    }
}
