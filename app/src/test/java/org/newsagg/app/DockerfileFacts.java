package org.newsagg.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the project's Dockerfile does, read from its instructions (no Docker engine runs here): the directories the
 * build stage copies, and of the image the stages run in, its base, user, working directory, entrypoint, the
 * directories its RUN lines create and the owners they give.
 *
 * @param buildCopies the {@code COPY SRC DEST} sources of the build stage, in order
 * @param runtimeFiles the destinations of the last stage's {@code COPY}s: what the image holds of ours
 * @param runtimeBase the {@code FROM} image of the last stage
 * @param user        the last {@code USER}
 * @param workdir     the last {@code WORKDIR}
 * @param entrypoint  the exec-form {@code ENTRYPOINT}
 * @param created     every directory a {@code mkdir -p} of the last stage makes, parents included
 * @param owned       the chowns of the last stage, in order
 */
record DockerfileFacts(List<String> buildCopies, List<String> runtimeFiles, String runtimeBase, String user, String workdir,
        List<String> entrypoint, List<String> created, List<Chown> owned) {

    /** {@code chown [-R] OWNER[:GROUP] PATH}: {@code recursive} covers everything under the path. */
    record Chown(String owner, String path, boolean recursive) {
        boolean covers(String dir) {
            return dir.equals(path) || (recursive && dir.startsWith(path + "/"));
        }
    }

    static DockerfileFacts read(Path dockerfile) {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try {
            for (String line : Files.readAllLines(dockerfile)) {
                String t = line.strip();
                if (t.startsWith("#") || (t.isEmpty() && current.isEmpty())) continue;
                if (t.endsWith("\\")) {
                    current.append(t, 0, t.length() - 1).append(' ');
                } else {
                    current.append(t);
                    instructions.add(current.toString().strip());
                    current.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int stages = (int) instructions.stream().filter(i -> i.startsWith("FROM ")).count();
        int stage = 0;
        List<String> copies = new ArrayList<>();
        List<String> runtimeFiles = new ArrayList<>();
        String base = null, user = null, workdir = null;
        List<String> entrypoint = List.of();
        List<String> created = new ArrayList<>();
        List<Chown> owned = new ArrayList<>();
        for (String i : instructions) {
            String[] words = i.split("\\s+");
            switch (words[0]) {
                case "FROM" -> {
                    stage++;
                    base = words[1];
                }
                case "COPY" -> {
                    if (stage == 1 && !words[1].startsWith("--")) copies.add(words[1]);
                    if (stage == stages) runtimeFiles.add(words[words.length - 1]);
                }
                case "USER" -> user = words[1];
                case "WORKDIR" -> workdir = words[1];
                case "ENTRYPOINT" -> entrypoint = json(i.substring("ENTRYPOINT".length()).strip());
                case "RUN" -> {
                    if (stage == stages) {
                        for (String command : i.substring(3).split("&&")) shell(command.strip(), created, owned);
                    }
                }
                default -> { }
            }
        }
        return new DockerfileFacts(copies, runtimeFiles, base, user, workdir, entrypoint, created, owned);
    }

    private static void shell(String command, List<String> created, List<Chown> owned) {
        List<String> words = new ArrayList<>(Arrays.asList(command.split("\\s+")));
        if (words.get(0).equals("mkdir")) {
            boolean parents = words.remove("-p");
            for (String dir : words.subList(1, words.size())) {
                if (parents) {
                    for (int slash = dir.indexOf('/', 1); slash > 0; slash = dir.indexOf('/', slash + 1)) {
                        created.add(dir.substring(0, slash));
                    }
                }
                created.add(dir);
            }
        } else if (words.get(0).equals("chown")) {
            boolean recursive = words.remove("-R");
            String owner = words.get(1).split(":")[0];
            for (String path : words.subList(2, words.size())) owned.add(new Chown(owner, path, recursive));
        }
    }

    private static List<String> json(String array) {
        try {
            return List.of(new ObjectMapper().readValue(array, String[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code dir} exists in the image and the last chown that covers it gives it to {@link #user}. */
    boolean ownedByUser(String dir) {
        Chown last = null;
        for (Chown c : owned) if (c.covers(dir)) last = c;
        return created.contains(dir) && last != null && last.owner().equals(user);
    }
}
