package org.newsagg.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text that arrives damaged in the three ways real feeds damage it, and what the decoder makes of it. */
class FeedTextRepairTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static String feed(String declaration, String title, String description) {
        return declaration + "<rss version=\"2.0\"><channel><title>Kiosk</title><item><title>" + title
                + "</title><description>" + description + "</description></item></channel></rss>";
    }

    /** What a CMS makes of UTF-8 it takes for windows-1252 and stores again as UTF-8. */
    private static String doubleEncoded(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
    }

    private static byte[] concat(String before, int strayByte, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.write(strayByte);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void utf8DeclaredAsIso88591IsReadAsUtf8() {
        String xml = feed("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "Grüße aus Zürich", "Öffnungszeiten ändern sich");
        RecoveryLog log = new RecoveryLog();
        assertEquals(xml, FeedTextDecoder.decode(xml.getBytes(StandardCharsets.UTF_8), log));
        assertEquals(List.of("encoding corrected: declared ISO-8859-1, bytes are UTF-8"), log.list());
    }

    @Test
    void utf8DeclaredAsWindows1252IsReadAsUtf8() {
        String xml = feed("<?xml version='1.0' encoding='windows-1252'?>", "Señora “Año nuevo”", "¡Olé!");
        RecoveryLog log = new RecoveryLog();
        assertEquals(xml, FeedTextDecoder.decode(xml.getBytes(StandardCharsets.UTF_8), log));
        assertEquals(List.of("encoding corrected: declared windows-1252, bytes are UTF-8"), log.list());
    }

    @Test
    void trueLatin1IsStillReadAsDeclared() {
        String xml = feed("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "Grüße aus Zürich", "Öffnungszeiten");
        RecoveryLog log = new RecoveryLog();
        assertEquals(xml, FeedTextDecoder.decode(xml.getBytes(StandardCharsets.ISO_8859_1), log));
        assertEquals(List.of(), log.list());
    }

    @Test
    void doubleEncodedUtf8InAUtf8FeedIsRepairedPerText() {
        String title = "Die Bäckerei öffnet – „endlich“ für 3 €";
        String description = "Le maire a été réélu à 62 %";
        String damaged = feed("<?xml version=\"1.0\" encoding=\"utf-8\"?>", doubleEncoded(title), doubleEncoded(description));
        assertEquals("Die BÃ¤ckerei Ã¶ffnet â€“ â€žendlichâ€œ fÃ¼r 3 â‚¬", doubleEncoded(title));

        RecoveryLog log = new RecoveryLog();
        String decoded = FeedTextDecoder.decode(damaged.getBytes(StandardCharsets.UTF_8), log);
        assertEquals(feed("<?xml version=\"1.0\" encoding=\"utf-8\"?>", title, description), decoded);
        assertEquals(List.of("double-encoded UTF-8 repaired: 2 texts"), log.list());
    }

    @Test
    void doubleEncodingInsideCdataIsRepairedAndCorrectTextBesideItIsKept() {
        String xml = "<rss><channel><title>Café Noël</title><item><title><![CDATA[" + doubleEncoded("<b>Café</b> £30")
                + "]]></title></item></channel></rss>";
        RecoveryLog log = new RecoveryLog();
        assertEquals("<rss><channel><title>Café Noël</title><item><title><![CDATA[<b>Café</b> £30]]></title></item></channel></rss>",
                FeedTextDecoder.decode(xml.getBytes(StandardCharsets.UTF_8), log));
        assertEquals(List.of("double-encoded UTF-8 repaired: 1 text"), log.list());
    }

    @Test
    void utf8BytesInsideALatin1FeedAreRepairedToo() {
        // A Latin-1 feed that pastes in one title from a UTF-8 source: the pasted title reads as mojibake.
        byte[] latin1 = feed("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "Smørrebrød", "@").getBytes(StandardCharsets.ISO_8859_1);
        String text = new String(latin1, StandardCharsets.ISO_8859_1).replace("@", doubleEncoded("blåbær"));
        RecoveryLog log = new RecoveryLog();
        assertEquals(feed("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "Smørrebrød", "blåbær"),
                FeedTextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1), log));
        assertEquals(List.of("double-encoded UTF-8 repaired: 1 text"), log.list());
    }

    @Test
    void accentedTextThatOnlyLooksDoubleEncodedIsKept() {
        // "SÃO" and "NÃO" are Portuguese; "Ã©tat" beside a real "été" does not turn back into valid UTF-8.
        String xml = feed("", "SÃO PAULO: NÃO", "Ã©tat, été");
        RecoveryLog log = new RecoveryLog();
        assertEquals(xml, FeedTextDecoder.decode(xml.getBytes(StandardCharsets.UTF_8), log));
        assertEquals(List.of(), log.list());
    }

    @Test
    void oneStrayLatin1LetterInAUtf8FeedIsReadAsThatLetterNotAsWindows1251() {
        byte[] body = concat("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss><channel><title>Zürich – caf", 0xE9,
                "</title></channel></rss>");
        RecoveryLog log = new RecoveryLog();
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss><channel><title>Zürich – café</title></channel></rss>",
                FeedTextDecoder.decode(body, log));
        assertEquals(List.of("invalid UTF-8 replaced: 1 sequence, the first 0xE9 at line 2, column 34 (as 'é')"), log.list());
    }

    @Test
    void aStrayByteThatIsNoLetterBecomesTheReplacementCharacter() {
        byte[] body = concat("<rss><channel><title>Bücher 5 ", 0x80, " 10 — neu</title></channel></rss>");
        RecoveryLog log = new RecoveryLog();
        assertEquals("<rss><channel><title>Bücher 5 \uFFFD 10 — neu</title></channel></rss>", FeedTextDecoder.decode(body, log));
        assertEquals(List.of("invalid UTF-8 replaced: 1 sequence, the first 0x80 at line 1, column 31 (as U+FFFD)"), log.list());
    }

    @Test
    void aUtf8BomFeedWithAStrayByteKeepsItsOtherCharacters() {
        byte[] body = concat("\uFEFF<rss><channel><title>Kraków ", 0xFF, " Łódź</title></channel></rss>");
        RecoveryLog log = new RecoveryLog();
        assertEquals("<rss><channel><title>Kraków \uFFFD Łódź</title></channel></rss>", FeedTextDecoder.decode(body, log));
        assertEquals(List.of("invalid UTF-8 replaced: 1 sequence, the first 0xFF at line 1, column 29 (as U+FFFD)"), log.list());
    }

    @Test
    void theParserGivesTheRepairedTitleAndListsTheRecovery() throws FeedParseException {
        byte[] body = concat("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Städte</title>"
                + "<item><title>Zürich – caf", 0xE9, "</title><link>https://example.org/z</link>"
                + "<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item></channel></rss>");
        ParsedFeed feed = new FeedParser().parse(body, "staedte.xml", Fixtures.SOURCE, Fixtures.FETCHED);
        assertEquals("Zürich – café", feed.articles().get(0).title());
        assertEquals("Städte", feed.title());
        assertEquals(List.of("invalid UTF-8 replaced: 1 sequence, the first 0xE9 at line 1, column 113 (as 'é')"),
                feed.recoveries());
    }
}
