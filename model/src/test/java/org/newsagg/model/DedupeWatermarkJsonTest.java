package org.newsagg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dedupe watermark stamp: round-trips, and records written before it existed still read (as unstamped). */
class DedupeWatermarkJsonTest {

    static final Instant WATERMARK = Instant.parse("2024-05-01T11:00:00Z");

    @Test
    void stampedRecordsRoundTrip() {
        TaggedArticle t = new TaggedArticle(JsonSerdeTest.ARTICLE, "s1", Syndication.of("Example"), List.of(),
                List.of(), List.of(), WATERMARK);
        assertEquals(t, NewsSerdes.tagged().deserialize("t", NewsSerdes.tagged().serialize("t", t)));
        DuplicateArticle d = new DuplicateArticle(JsonSerdeTest.ARTICLE, DuplicateArticle.NEAR, "a0", 0.9, "s1", "Other",
                WATERMARK);
        assertEquals(d, NewsSerdes.duplicate().deserialize("t", NewsSerdes.duplicate().serialize("t", d)));
    }

    @Test
    void recordsWithoutTheStampReadAsUnstampedAndFallBackToTheirPublicationTime() {
        TaggedArticle old = new TaggedArticle(JsonSerdeTest.ARTICLE, "s1", Syndication.of("Example"), List.of(),
                List.of(), List.of());
        String json = new String(NewsSerdes.tagged().serialize("t", old), StandardCharsets.UTF_8)
                .replace(",\"watermark\":null", "");
        TaggedArticle read = NewsSerdes.tagged().deserialize("t", json.getBytes(StandardCharsets.UTF_8));
        assertNull(read.watermark());
        assertEquals(JsonSerdeTest.ARTICLE.published(), read.watermarkOrPublished());

        String dup = "{\"article\":" + new String(NewsSerdes.article().serialize("t", JsonSerdeTest.ARTICLE),
                StandardCharsets.UTF_8) + ",\"verdict\":\"near\",\"duplicateOf\":\"a0\",\"similarity\":0.9,"
                + "\"storyId\":\"s1\",\"originalSource\":\"Other\"}";
        DuplicateArticle d = NewsSerdes.duplicate().deserialize("t", dup.getBytes(StandardCharsets.UTF_8));
        assertNull(d.watermark());
        assertEquals(JsonSerdeTest.ARTICLE.published(), d.watermarkOrPublished());
    }
}
