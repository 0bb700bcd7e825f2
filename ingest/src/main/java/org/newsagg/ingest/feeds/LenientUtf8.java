package org.newsagg.ingest.feeds;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 that may hold a few invalid bytes, replacing each invalid sequence on its own, so that one stray byte
 * (a Latin-1 {@code é} pasted into a UTF-8 feed) does not condemn the whole feed to a single-byte guess. A lone
 * Latin-1 letter byte inside a word of ASCII letters is read as that letter; any other invalid sequence becomes
 * U+FFFD.
 */
final class LenientUtf8 {

    /**
     * The text, how many non-ASCII characters decoded validly, and the invalid sequences; {@code first*} describe
     * the first one (line and column 1-based, in characters of the text, as XML errors count) for the recovery note.
     */
    record Result(String text, int validNonAscii, int invalid, int firstByte, int firstLine, int firstColumn,
            char firstReplacement) {}

    private LenientUtf8() {}

    static Result decode(byte[] body, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, offset, body.length - offset);
        // Each byte yields at most one char: a stray byte one, a valid sequence of n bytes at most two.
        CharBuffer out = CharBuffer.allocate(body.length - offset + 1);
        int invalid = 0;
        int firstByte = -1;
        int firstAt = -1;
        char firstReplacement = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) break;
            int at = in.position();
            char replacement = replacementFor(body, offset, at, result.length());
            if (invalid++ == 0) {
                firstByte = body[at] & 0xFF;
                firstAt = out.position();
                firstReplacement = replacement;
            }
            out.put(replacement);
            in.position(at + result.length());
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) nonAscii++;
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < firstAt; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Result(text, nonAscii - invalid, invalid, firstByte, line, column, firstReplacement);
    }

    /**
     * The Latin-1 letter when one invalid byte sits in a word of ASCII letters (café with a Latin-1 é), where no
     * other reading is plausible; U+FFFD otherwise.
     */
    private static char replacementFor(byte[] body, int offset, int at, int length) {
        int b = body[at] & 0xFF;
        boolean latinLetter = b >= 0xC0 && b != 0xD7 && b != 0xF7;
        if (length != 1 || !latinLetter) return '\uFFFD';
        boolean letterBefore = at > offset && isAsciiLetter(body[at - 1]);
        boolean letterAfter = at + 1 < body.length && isAsciiLetter(body[at + 1]);
        boolean highBefore = at > offset && body[at - 1] < 0;
        boolean highAfter = at + 1 < body.length && body[at + 1] < 0;
        return (letterBefore || letterAfter) && !highBefore && !highAfter ? (char) b : '\uFFFD';
    }

    private static boolean isAsciiLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }
}
