package org.newsagg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words and sentence templates the synthetic corpus is made of, read from {@code vocabulary.txt} next to it. */
public record CorpusVocabulary(Map<String, List<String>> sections) {

    private static final String RESOURCE = "vocabulary.txt";

    public static CorpusVocabulary load() {
        try (InputStream in = CorpusVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("bench " + RESOURCE + " is missing from the jar");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusVocabulary parse(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return new CorpusVocabulary(Map.copyOf(sections));
    }

    public List<String> section(String name) {
        List<String> lines = sections.get(name);
        if (lines == null || lines.isEmpty()) throw new IllegalStateException("vocabulary has no [" + name + "] entries");
        return lines;
    }
}
