package org.newsagg.ingest.feeds;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Makes feed text safe and well-formed enough for a strict XML parser, before one sees it. The DOCTYPE is removed,
 * so no DTD or external entity is ever fetched; internal entities are expanded here, within a size budget and never
 * through other entities (so entity bombs fail fast); HTML entities become characters; bare {@code &} become
 * {@code &amp;}. CDATA sections, comments and processing instructions are left exactly as they are.
 */
final class XmlRepairer {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z_][A-Za-z0-9._:-]{0,63});");
    private static final Pattern ENTITY_DECLARATION = Pattern.compile(
            "<!ENTITY\\s+(%\\s+)?([^\\s\"'>]+)\\s+(?:\"([^\"]*)\"|'([^']*)'|(SYSTEM|PUBLIC)\\b[^>]*)\\s*>");
    private static final Pattern NESTED_REFERENCE = Pattern.compile("&([A-Za-z_][A-Za-z0-9._:-]*);");
    private static final Pattern MISPLACED_DECLARATION = Pattern.compile("<\\?xml\\s[^>]*\\?>");
    private static final Set<String> XML_PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");

    private final String text;
    private final String location;
    private final long expansionLimit;
    private final RecoveryLog log;
    private final Map<String, String> internalEntities = new HashMap<>();
    private final Set<String> externalEntities = new HashSet<>();
    private long expanded;

    private XmlRepairer(String text, String location, long expansionLimit, RecoveryLog log) {
        this.text = text;
        this.location = location;
        this.expansionLimit = expansionLimit;
        this.log = log;
    }

    /** The repaired text; every repair is noted in {@code log}. */
    static String repair(String text, String location, long expansionLimit, RecoveryLog log) throws FeedParseException {
        return new XmlRepairer(text, location, expansionLimit, log).run();
    }

    private String run() throws FeedParseException {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        if (start > 0 && text.startsWith("<?xml", start)) log.note("leading whitespace removed");
        else start = 0;

        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                i = copyMarkup(out, i);
            } else if (c == '&') {
                i = repairReference(out, i);
            } else if (isForbidden(c)) {
                log.note("control characters removed");
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Copies comments, CDATA and PIs untouched, drops the DOCTYPE; returns the index after what was handled. */
    private int copyMarkup(StringBuilder out, int i) throws FeedParseException {
        if (text.startsWith("<!--", i)) return copyThrough(out, i, "-->");
        if (text.startsWith("<![CDATA[", i)) return copyThrough(out, i, "]]>");
        if (text.startsWith("<?", i)) {
            if (i > 0 && MISPLACED_DECLARATION.matcher(text).region(i, text.length()).lookingAt()) {
                // Only legal as the very first thing; after a comment or blank it stops every parser.
                log.note("misplaced XML declaration removed");
                return text.indexOf("?>", i) + 2;
            }
            return copyThrough(out, i, "?>");
        }
        if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) return dropDoctype(out, i);
        out.append('<');
        return i + 1;
    }

    private int copyThrough(StringBuilder out, int i, String end) {
        int close = text.indexOf(end, i);
        int stop = close < 0 ? text.length() : close + end.length();
        out.append(text, i, stop);
        return stop;
    }

    private int dropDoctype(StringBuilder out, int i) throws FeedParseException {
        int subsetStart = -1;
        int subsetEnd = -1;
        char quote = 0;
        int j = i + 9;
        for (; j < text.length(); j++) {
            char c = text.charAt(j);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (subsetStart >= 0 && subsetEnd < 0) {
                if (text.startsWith("<!--", j)) {
                    int close = text.indexOf("-->", j);
                    if (close < 0) break;
                    j = close + 2;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == ']') {
                    subsetEnd = j;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                subsetStart = j + 1;
            } else if (c == '>') {
                break;
            }
        }
        if (j >= text.length()) throw error(i, "unterminated DOCTYPE declaration");
        if (subsetStart >= 0 && subsetEnd > subsetStart) declareEntities(text.substring(subsetStart, subsetEnd));
        // Keep line numbers of later errors true to the original text.
        for (int k = i; k <= j; k++) {
            if (text.charAt(k) == '\n') out.append('\n');
        }
        log.note("DOCTYPE removed");
        return j + 1;
    }

    private void declareEntities(String subset) {
        Matcher m = ENTITY_DECLARATION.matcher(subset);
        while (m.find()) {
            if (m.group(1) != null) continue; // parameter entities only matter inside the DTD, which is gone
            String name = m.group(2);
            if (m.group(5) != null) {
                externalEntities.add(name);
            } else if (!internalEntities.containsKey(name) && !externalEntities.contains(name)) {
                internalEntities.put(name, m.group(3) != null ? m.group(3) : m.group(4));
            }
        }
    }

    private int repairReference(StringBuilder out, int i) throws FeedParseException {
        Matcher m = REFERENCE.matcher(text).region(i, Math.min(text.length(), i + 80));
        if (!m.lookingAt()) {
            log.note("bare & repaired");
            out.append("&amp;");
            return i + 1;
        }
        String name = m.group(1);
        int next = m.end();
        if (name.charAt(0) == '#') {
            int codePoint = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                    ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
            if (isXmlChar(codePoint)) {
                out.append(text, i, next);
            } else {
                log.note("invalid character reference removed");
            }
        } else if (XML_PREDEFINED.contains(name)) {
            out.append(text, i, next);
        } else if (internalEntities.containsKey(name)) {
            String value = internalEntities.get(name);
            Matcher nested = NESTED_REFERENCE.matcher(value);
            while (nested.find()) {
                if (!XML_PREDEFINED.contains(nested.group(1))) {
                    throw error(i, "entity &" + name + "; is defined through other entities; nested entity expansion is refused");
                }
            }
            expanded += value.length();
            if (expanded > expansionLimit) {
                throw error(i, "entity expansion exceeds " + expansionLimit + " characters");
            }
            out.append(value);
        } else if (externalEntities.contains(name)) {
            log.note("external entity ignored: &" + name + ";");
        } else if (Entities.isNamedEntity(name)) {
            Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
            log.note("entity replaced: &" + name + ";");
        } else {
            log.note("unknown entity kept as text: &" + name + ";");
            out.append("&amp;").append(name).append(';');
        }
        return next;
    }

    private FeedParseException error(int index, String reason) {
        int line = 1;
        int column = 1;
        for (int k = 0; k < index; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new FeedParseException(location, line, column, reason);
    }

    private static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
