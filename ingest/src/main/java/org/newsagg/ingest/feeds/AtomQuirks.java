package org.newsagg.ingest.feeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * Mends the parsed XML of an Atom feed where ROME would fail or hand the pipeline unreadable text, before ROME maps
 * it: base64 text (Atom 0.3 {@code mode="base64"}, Atom 1.0 media types) is decoded here, and a {@code <link>} that
 * gives its URL as text instead of {@code href} gets it as {@code href}. RSS documents are left alone.
 */
final class AtomQuirks {

    private static final String ATOM_03 = "http://purl.org/atom/ns#";
    private static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    /** Atom 1.0 elements whose text a media-type {@code type} attribute can govern. */
    private static final Set<String> TEXT_ELEMENTS = Set.of("title", "subtitle", "summary", "content", "rights");

    private AtomQuirks() {}

    static void mend(Document document, RecoveryLog log) {
        Namespace atom = document.getRootElement().getNamespace();
        boolean atom03 = atom.getURI().equals(ATOM_03);
        if (!atom03 && !atom.getURI().equals(ATOM_10)) return;
        // Copied first: changing an element's content while walking the tree would break the walk.
        List<Element> elements = new ArrayList<>();
        document.getRootElement().getDescendants(Filters.element(atom)).forEach(elements::add);
        for (Element e : elements) {
            if (atom03 && "base64".equalsIgnoreCase(e.getAttributeValue("mode"))) {
                decodeAtom03(e, log);
            } else if (!atom03 && TEXT_ELEMENTS.contains(e.getName()) && e.getAttribute("src") == null
                    && isBase64MediaType(e.getAttributeValue("type"))) {
                decodeAtom10(e, log);
            } else if (e.getName().equals("link") && e.getAttributeValue("href") == null && !e.getTextTrim().isEmpty()) {
                // Atom requires href; some writers put the URL in the element instead. Readers such as feedparser
                // follow it, and ROME would drop the link, often the entry's only one.
                e.setAttribute("href", e.getTextTrim());
                e.removeContent();
                log.note("link URL taken from element text");
            }
        }
    }

    /**
     * ROME's own base64 decoder fails on the line breaks and indentation that MIME base64 and pretty-printed feeds
     * contain, and fails the whole feed with it; the text is decoded here and handed on as escaped text instead.
     */
    private static void decodeAtom03(Element e, RecoveryLog log) {
        String text = decodeText(e.getText());
        e.setAttribute("mode", "escaped");
        setTextOrDrop(e, text, log);
    }

    /**
     * RFC 4287 4.1.3.3: with a media type that is neither XML nor text/*, the element holds base64. ROME passes it
     * on encoded, which would make the article's title or text a run of base64. Decoded text is treated as HTML, as
     * feedparser does: plain text comes through its HTML-to-text step unchanged, and markup is removed.
     */
    private static void decodeAtom10(Element e, RecoveryLog log) {
        String text = decodeText(e.getText());
        e.setAttribute("type", "html");
        setTextOrDrop(e, text, log);
    }

    private static void setTextOrDrop(Element e, String text, RecoveryLog log) {
        if (text == null) {
            // An image or other binary payload has no text an article could carry.
            e.removeContent();
            log.note("base64 content that is not UTF-8 text dropped");
        } else {
            e.setText(text);
        }
    }

    /** A media type (it has a slash) that is neither text/* nor XML, the case where Atom content is base64. */
    static boolean isBase64MediaType(String type) {
        if (type == null || type.indexOf('/') < 0) return false;
        String t = type.strip().toLowerCase(Locale.ROOT);
        int semicolon = t.indexOf(';');
        if (semicolon >= 0) t = t.substring(0, semicolon).strip();
        return !t.startsWith("text/") && !t.endsWith("/xml") && !t.endsWith("+xml") && !t.endsWith("/xml-dtd");
    }

    /** The UTF-8 text the base64 encodes, or null when it is not base64 or not UTF-8 text. */
    static String decodeText(String base64) {
        byte[] bytes;
        try {
            // The MIME decoder skips line breaks and indentation, which feeds wrap long base64 with.
            bytes = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return isText(text) ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Control characters other than whitespace mean binary data that happened to be valid UTF-8. */
    private static boolean isText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
        }
        return true;
    }
}
