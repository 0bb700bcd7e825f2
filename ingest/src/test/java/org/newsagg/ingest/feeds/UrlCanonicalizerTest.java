package org.newsagg.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    @Test
    void stripsTrackingParametersAndKeepsTheRestInOrder() {
        assertEquals("https://news.example.com/a?b=2&id=9",
                UrlCanonicalizer.canonicalize("https://news.example.com/a?utm_source=x&b=2&fbclid=1&id=9&gclid=2&mc_cid=3"));
    }

    @Test
    void dropsFragmentDefaultPortsAndLowercasesSchemeAndHost() {
        assertEquals("https://news.example.com/Story", UrlCanonicalizer.canonicalize("HTTPS://News.Example.COM:443/Story#x"));
        assertEquals("http://news.example.com:8080/", UrlCanonicalizer.canonicalize("http://news.example.com:8080"));
    }

    @Test
    void removesAmpVariants() {
        assertEquals("https://news.example.com/story", UrlCanonicalizer.canonicalize("https://amp.news.example.com/story/amp"));
        assertEquals("https://news.example.com/story", UrlCanonicalizer.canonicalize("https://news.example.com/story/amp/"));
        assertEquals("https://news.example.com/story", UrlCanonicalizer.canonicalize("https://news.example.com/story?amp=1"));
        assertEquals("https://news.example.com/story.html", UrlCanonicalizer.canonicalize("https://news.example.com/story.amp.html"));
    }

    @Test
    void leavesNonHttpAndUnparseableValuesTrimmed() {
        assertEquals("tag:example.com,2026:1", UrlCanonicalizer.canonicalize(" tag:example.com,2026:1 "));
        assertEquals("http://bad host^/x", UrlCanonicalizer.canonicalize("http://bad host^/x"));
        assertNull(UrlCanonicalizer.canonicalize(null));
    }
}
