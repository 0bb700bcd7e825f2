package org.newsagg.streams.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated dictionary files: the bundled copy under {@code tagging/} first, then the user's copy of
 * the same name in the dictionary directory, so loaders that key their rows let the user's rows win.
 */
final class DictionaryFiles {

    private final Path userDir;

    DictionaryFiles(Path userDir) {
        this.userDir = userDir;
    }

    /** Rows of a file, bundled then user; blank lines and lines starting with # are skipped. */
    List<String[]> rows(String fileName) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DictionaryFiles.class.getResourceAsStream("/tagging/" + fileName)) {
            if (in == null) throw new IllegalStateException("bundled dictionary tagging/" + fileName + " is missing");
            read(in, fileName, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (userDir != null) {
            Path user = userDir.resolve(fileName);
            if (Files.isRegularFile(user)) {
                try (InputStream in = Files.newInputStream(user)) {
                    read(in, user.toString(), rows);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read dictionary " + user, e);
                }
            }
        }
        return rows;
    }

    private static void read(InputStream in, String name, List<String[]> rows) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            rows.add(line.split("\t", -1));
        }
    }

    static String column(String[] row, int i) {
        return i < row.length ? row[i].trim() : "";
    }

    static List<String> alternatives(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split(";")) {
            if (!s.isBlank()) out.add(s.trim());
        }
        return out;
    }
}
