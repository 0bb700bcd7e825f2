package org.newsagg.ingest.feeds;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns feed bytes into text before any XML parser sees them, because real feeds lie about their encoding: a BOM
 * wins, then UTF-8 when the bytes are valid UTF-8 with multi-byte sequences (whatever the declaration says: no
 * single-byte text is valid UTF-8 by chance), then the XML declaration, then UTF-8 with its few stray invalid bytes
 * replaced one by one, and otherwise a guess from the feed's declared language and the shape of its non-ASCII
 * bytes. Text read as UTF-8 or windows-1252 is then checked for double-encoded UTF-8 ({@link DoubleEncodedUtf8}).
 */
final class FeedTextDecoder {

    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern LANGUAGE = Pattern.compile(
            "<(?:language|dc:language)>\\s*([A-Za-z]{2})|xml:lang\\s*=\\s*[\"']([A-Za-z]{2})", Pattern.CASE_INSENSITIVE);
    private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "uk", "bg", "be", "sr", "mk", "kk", "ky", "tg");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset ISO_8859_7 = Charset.forName("ISO-8859-7");

    private FeedTextDecoder() {}

    /** Text and the charset it was read with. */
    private record Decoded(String text, Charset charset) {}

    static String decode(byte[] body, RecoveryLog log) {
        Decoded decoded = decoded(body, log);
        Charset charset = decoded.charset();
        boolean latinFamily = charset.equals(StandardCharsets.UTF_8) || charset.equals(WINDOWS_1252);
        return latinFamily ? DoubleEncodedUtf8.repair(decoded.text(), log) : decoded.text();
    }

    private static Decoded decoded(byte[] body, RecoveryLog log) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) return utf8(body, 3, log);
        if (startsWith(body, 0xFE, 0xFF)) return new Decoded(new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        if (startsWith(body, 0xFF, 0xFE)) return new Decoded(new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        if (startsWith(body, 0x00, 0x3C, 0x00)) return new Decoded(new String(body, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        if (startsWith(body, 0x3C, 0x00, 0x3F, 0x00)) return new Decoded(new String(body, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);

        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED.matcher(head);
        Charset charset = declared.find() ? charsetNamed(declared.group(1)) : null;
        if (charset == null || charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16")) {
            // UTF-16 declared on bytes without a UTF-16 BOM or zero bytes is a copied declaration over UTF-8.
            return utf8OrGuessed(body, head, log);
        }
        String utf8 = strictly(body, StandardCharsets.UTF_8);
        if (utf8 != null && hasHighBytes(body)) {
            log.note("encoding corrected: declared " + declared.group(1) + ", bytes are UTF-8");
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            // What browsers do: the C1 range of Latin-1 is control junk, so such bytes mean windows-1252.
            if (hasC1Bytes(body)) log.note("encoding guessed: windows-1252");
            return new Decoded(new String(body, WINDOWS_1252), WINDOWS_1252);
        }
        if (charset.equals(GB2312)) return new Decoded(new String(body, GB18030), GB18030);
        return new Decoded(new String(body, charset), charset);
    }

    /** A body that says it is UTF-8 (a BOM): strict, else with its invalid bytes replaced one by one. */
    private static Decoded utf8(byte[] body, int offset, RecoveryLog log) {
        LenientUtf8.Result lenient = LenientUtf8.decode(body, offset);
        if (lenient.invalid() > 0) noteInvalid(lenient, log);
        return new Decoded(lenient.text(), StandardCharsets.UTF_8);
    }

    /**
     * UTF-8 when valid; UTF-8 with stray bytes replaced when valid multi-byte characters outnumber the invalid
     * sequences at least two to one (a single-byte text is almost all invalid sequences, a UTF-8 text with a pasted
     * Latin-1 letter almost none); otherwise a guess.
     */
    private static Decoded utf8OrGuessed(byte[] body, String head, RecoveryLog log) {
        LenientUtf8.Result lenient = LenientUtf8.decode(body, 0);
        if (lenient.invalid() == 0) return new Decoded(lenient.text(), StandardCharsets.UTF_8);
        if (lenient.validNonAscii() >= 2 * lenient.invalid()) {
            noteInvalid(lenient, log);
            return new Decoded(lenient.text(), StandardCharsets.UTF_8);
        }
        Charset charset = guess(body, head);
        log.note("encoding guessed: " + (charset.equals(GB18030) ? "GB2312" : charset.name()));
        return new Decoded(new String(body, charset), charset);
    }

    private static void noteInvalid(LenientUtf8.Result r, RecoveryLog log) {
        String reading = r.firstReplacement() == '\uFFFD' ? "U+FFFD" : "'" + r.firstReplacement() + "'";
        log.note(String.format(Locale.ROOT, "invalid UTF-8 replaced: %d %s, the first 0x%02X at line %d, column %d (as %s)",
                r.invalid(), r.invalid() == 1 ? "sequence" : "sequences", r.firstByte(), r.firstLine(),
                r.firstColumn(), reading));
    }

    /** The likeliest single- or double-byte encoding of bytes that are not UTF-8. */
    static Charset guess(byte[] body, String head) {
        Matcher lang = LANGUAGE.matcher(head);
        if (lang.find()) {
            String code = (lang.group(1) != null ? lang.group(1) : lang.group(2)).toLowerCase(Locale.ROOT);
            if (CYRILLIC_LANGUAGES.contains(code)) return WINDOWS_1251;
            if (code.equals("zh")) return GB18030;
            if (code.equals("el")) return ISO_8859_7;
        }
        // Latin text has isolated accented letters; Cyrillic and Chinese text are runs of high bytes. Chinese runs
        // are byte pairs, so a text whose every run has even length and decodes as GB2312 is taken for Chinese.
        int runs = 0;
        int highBytes = 0;
        boolean allRunsEven = true;
        int run = 0;
        for (int i = 0; i <= body.length; i++) {
            boolean high = i < body.length && (body[i] & 0x80) != 0;
            if (high) {
                run++;
                highBytes++;
            } else if (run > 0) {
                runs++;
                allRunsEven &= run % 2 == 0;
                run = 0;
            }
        }
        if (runs == 0) return WINDOWS_1252;
        if (allRunsEven && strictly(body, GB2312) != null && (double) highBytes / runs >= 4) return GB18030;
        return (double) highBytes / runs >= 2.5 ? WINDOWS_1251 : WINDOWS_1252;
    }

    private static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strictly(byte[] body, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasHighBytes(byte[] body) {
        for (byte b : body) {
            if (b < 0) return true;
        }
        return false;
    }

    private static boolean hasC1Bytes(byte[] body) {
        for (byte b : body) {
            int v = b & 0xFF;
            if (v >= 0x80 && v <= 0x9F) return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
