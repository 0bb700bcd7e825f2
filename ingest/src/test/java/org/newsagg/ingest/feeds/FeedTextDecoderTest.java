package org.newsagg.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedTextDecoderTest {

    private static String wrap(String title) {
        return "<rss version=\"2.0\"><channel><title>" + title + "</title></channel></rss>";
    }

    private static void assertGuessed(String title, String charset, String expectedRecovery) {
        RecoveryLog log = new RecoveryLog();
        String decoded = FeedTextDecoder.decode(wrap(title).getBytes(Charset.forName(charset)), log);
        assertEquals(wrap(title), decoded);
        assertEquals(List.of(expectedRecovery), log.list());
    }

    @Test
    void undeclaredChineseIsGuessedAsGb2312() {
        assertGuessed("上海地铁新线路今天开通运营", "GB2312", "encoding guessed: GB2312");
    }

    @Test
    void undeclaredRussianIsGuessedAsWindows1251() {
        assertGuessed("Правительство утвердило новый бюджет на следующий год", "windows-1251",
                "encoding guessed: windows-1251");
    }

    @Test
    void undeclaredFrenchIsGuessedAsWindows1252() {
        assertGuessed("Les élèves préfèrent l’été à Noël", "windows-1252", "encoding guessed: windows-1252");
    }

    @Test
    void declaredUtf8ThatIsNotUtf8IsGuessed() {
        RecoveryLog log = new RecoveryLog();
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + wrap("Größe");
        assertEquals(xml, FeedTextDecoder.decode(xml.getBytes(Charset.forName("windows-1252")), log));
        assertEquals(List.of("encoding guessed: windows-1252"), log.list());
    }

    @Test
    void aLanguageElementDecidesBetweenCyrillicAndLatin() {
        RecoveryLog log = new RecoveryLog();
        String xml = "<rss><channel><language>uk</language><title>Київ</title></channel></rss>";
        assertEquals(xml, FeedTextDecoder.decode(xml.getBytes(Charset.forName("windows-1251")), log));
        assertEquals(List.of("encoding guessed: windows-1251"), log.list());
    }

    @Test
    void validUtf8WithoutDeclarationNeedsNoGuess() {
        RecoveryLog log = new RecoveryLog();
        assertEquals(wrap("naïve café"), FeedTextDecoder.decode(wrap("naïve café").getBytes(Charset.forName("UTF-8")), log));
        assertEquals(List.of(), log.list());
    }
}
