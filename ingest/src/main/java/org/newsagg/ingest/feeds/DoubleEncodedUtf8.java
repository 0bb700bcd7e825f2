package org.newsagg.ingest.feeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes UTF-8 that was read as Latin-1 or windows-1252 and written out again as UTF-8 ({@code ordenÃ³} for
 * {@code ordenó}, {@code Â£} for {@code £}), a publishing-side fault common in real feeds and repaired by real
 * readers. The unit is one text run of the document (between two tags, or one CDATA section): its characters are
 * turned back into the bytes Latin-1/windows-1252 made of them, and the result is kept only when those bytes are
 * valid UTF-8 and show fewer suspicious pairs (a UTF-8 lead byte's letter followed by a continuation byte's
 * character) than before. Legitimate accented text never passes: an isolated {@code é} is not valid UTF-8.
 */
final class DoubleEncodedUtf8 {

    /** windows-1252's characters for bytes 0x80-0x9F; the five bytes it leaves undefined stay C1 controls. */
    private static final String WINDOWS_1252_HIGH = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030"
            + "\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122"
            + "\u0161\u203A\u0153\u009D\u017E\u0178";
    private static final Pattern SUSPICIOUS =
            Pattern.compile("[\u00C2-\u00F4][\u0080-\u00BF" + WINDOWS_1252_HIGH + "]");
    /** Triple encoding exists too; each round must still lower the count, so this only bounds the work. */
    private static final int MAX_ROUNDS = 3;

    private DoubleEncodedUtf8() {}

    /** The document with each double-encoded text run repaired; a repair is noted in {@code log} with a count. */
    static String repair(String xml, RecoveryLog log) {
        if (!SUSPICIOUS.matcher(xml).find()) return xml;
        StringBuilder out = new StringBuilder(xml.length());
        int repaired = 0;
        int i = 0;
        while (i < xml.length()) {
            if (xml.startsWith("<![CDATA[", i)) {
                int close = xml.indexOf("]]>", i);
                int end = close < 0 ? xml.length() : close;
                out.append("<![CDATA[");
                repaired += appendRepaired(out, xml.substring(i + 9, end));
                if (close >= 0) out.append("]]>");
                i = close < 0 ? end : close + 3;
            } else if (xml.startsWith("<!--", i)) {
                i = copyThrough(out, xml, i, "-->");
            } else if (xml.charAt(i) == '<') {
                i = copyThrough(out, xml, i, ">");
            } else {
                int lt = xml.indexOf('<', i);
                int end = lt < 0 ? xml.length() : lt;
                repaired += appendRepaired(out, xml.substring(i, end));
                i = end;
            }
        }
        if (repaired == 0) return xml;
        log.note("double-encoded UTF-8 repaired: " + repaired + (repaired == 1 ? " text" : " texts"));
        return out.toString();
    }

    /** Appends the run, repaired when that is right; returns 1 when it was repaired, else 0. */
    private static int appendRepaired(StringBuilder out, String run) {
        String fixed = repairedRun(run);
        out.append(fixed);
        return fixed.equals(run) ? 0 : 1;
    }

    /** The run with its double encoding undone, or the run itself when it shows none. */
    static String repairedRun(String run) {
        String current = run;
        int suspicious = count(current);
        for (int round = 0; round < MAX_ROUNDS && suspicious > 0; round++) {
            byte[] bytes = singleByteEncoded(current);
            String decoded = bytes == null ? null : strictUtf8(bytes);
            if (decoded == null) break;
            int after = count(decoded);
            if (after >= suspicious) break;
            current = decoded;
            suspicious = after;
        }
        return current;
    }

    private static int count(String text) {
        Matcher m = SUSPICIOUS.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** The bytes Latin-1 or windows-1252 would have decoded into this text, or null when it has other characters. */
    private static byte[] singleByteEncoded(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else {
                int high = WINDOWS_1252_HIGH.indexOf(c);
                if (high < 0) return null;
                bytes[i] = (byte) (0x80 + high);
            }
        }
        return bytes;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int copyThrough(StringBuilder out, String xml, int i, String end) {
        int close = xml.indexOf(end, i);
        int stop = close < 0 ? xml.length() : close + end.length();
        out.append(xml, i, stop);
        return stop;
    }
}
