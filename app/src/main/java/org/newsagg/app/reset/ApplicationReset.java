package org.newsagg.app.reset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.tools.StreamsResetter;

/**
 * Kafka's own application reset tool ({@link StreamsResetter}) for one Streams application id: the committed offsets
 * of its input topics back to their log start, and its internal topics (changelogs, repartition topics) deleted.
 */
public final class ApplicationReset {

    /** What the tool did: the internal topics it deleted (those the application id owned when it ran). */
    public record Result(String applicationId, List<String> inputTopics, List<String> internalTopicsDeleted) {}

    private ApplicationReset() {}

    /**
     * Runs the tool. It prints its progress and its errors on System.out and System.err; these are kept for the
     * error message instead, so that a reset prints one line per step.
     *
     * @param clientProps    bootstrap servers and every kafka.* client setting (TLS, SASL, ...)
     * @param existingTopics every topic on the cluster before the reset, to name the internal topics it deletes
     */
    public static Result run(Map<String, Object> clientProps, String applicationId, List<String> inputTopics,
            java.util.Set<String> existingTopics) {
        List<String> internal = existingTopics.stream()
                .filter(t -> t.startsWith(applicationId + "-") && StreamsResetter.matchesInternalTopicFormat(t))
                .sorted().toList();
        Path commandConfig = null;
        try {
            List<String> args = new ArrayList<>(List.of(
                    "--bootstrap-server", String.valueOf(clientProps.get("bootstrap.servers")),
                    "--application-id", applicationId,
                    "--input-topics", String.join(",", inputTopics),
                    "--to-earliest"));
            Properties clientConfig = clientConfig(clientProps);
            if (!clientConfig.isEmpty()) {
                // The tool's admin client reads TLS and SASL settings only from a file; it may hold a password.
                commandConfig = Files.createTempFile("newsagg-reset-", ".properties",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (Writer w = Files.newBufferedWriter(commandConfig, StandardCharsets.UTF_8)) {
                    clientConfig.store(w, null);
                }
                args.addAll(List.of("--command-config", commandConfig.toString()));
            }
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            int code;
            PrintStream out = System.out;
            PrintStream err = System.err;
            try (PrintStream capture = new PrintStream(said, true, StandardCharsets.UTF_8)) {
                System.setOut(capture);
                System.setErr(capture);
                code = new StreamsResetter().execute(args.toArray(String[]::new), clientConfig);
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
            if (code != 0) {
                throw new IllegalStateException("Kafka's application reset of " + applicationId + " failed: "
                        + firstError(said.toString(StandardCharsets.UTF_8)));
            }
            return new Result(applicationId, List.copyOf(inputTopics), internal);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the client settings for Kafka's application reset tool: "
                    + e.getMessage(), e);
        } finally {
            if (commandConfig != null) {
                try {
                    Files.deleteIfExists(commandConfig);
                } catch (IOException e) {
                    System.err.println("warning: could not delete " + commandConfig + ": " + e.getMessage());
                }
            }
        }
    }

    /** Every client setting but the bootstrap servers, which the tool takes as an option. */
    private static Properties clientConfig(Map<String, Object> clientProps) {
        Map<String, Object> rest = new HashMap<>(clientProps);
        rest.remove("bootstrap.servers");
        Properties p = new Properties();
        rest.forEach((k, v) -> p.setProperty(k, String.valueOf(v)));
        return p;
    }

    /**
     * The tool's own error line ("ERROR: ..."), else all it said on one line: some failures (an input topic not
     * found) it reports only among its progress lines.
     */
    static String firstError(String output) {
        List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.stream().filter(l -> l.startsWith("ERROR")).findFirst()
                .orElse(lines.isEmpty() ? "no message (exit code not 0)" : String.join(" / ", lines));
    }
}
