package org.newsagg.bench.algorithms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newsagg.streams.tagging.ArticleTagger;
import org.newsagg.streams.tagging.TaggingSettings;

/**
 * Throughput of one tagger on one thread, counted in the thread's CPU time (so articles/s per core, whatever else
 * the machine runs) for RSS-sized (1.5 KB) and full-text (5 KB) synthetic articles, after 5 CPU-seconds of warm-up.
 * JMH's {@code TaggingBenchmark} measures wall time, which a shared machine's load distorts; this is the figure
 * docs/tagging.md reports. Usage: {@code TaggingCpuTime [CPU seconds per size, default 10]}.
 */
public final class TaggingCpuTime {

    private static final long WARM_UP_CPU_NANOS = 5_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Instant DATE = Instant.parse("2024-03-01T12:00:00Z");

    private TaggingCpuTime() {}

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long start = System.nanoTime();
        ArticleTagger tagger = ArticleTagger.load(TaggingSettings.defaults());
        System.out.printf(Locale.ROOT, "loaded in %.0f ms: %s%n", (System.nanoTime() - start) / 1e6,
                tagger.dictionarySummary());
        List<String> sentences = sentences();
        for (int size : new int[] {1_500, 5_000}) {
            List<String> articles = articles(sentences, size, 500, new Random(size));
            int sink = 0;
            // Budgets are CPU time, not wall time: on a shared machine a thread may get a fraction of a core.
            long warmUpEnd = THREADS.getCurrentThreadCpuTime() + WARM_UP_CPU_NANOS;
            for (int i = 0; THREADS.getCurrentThreadCpuTime() < warmUpEnd; i++) {
                sink += tagger.tag(articles.get(i % articles.size()), DATE).events().size();
            }
            long t0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long cpuEnd = cpu0 + seconds * 1_000_000_000L;
            int n = 0;
            while (THREADS.getCurrentThreadCpuTime() < cpuEnd) {
                sink += tagger.tag(articles.get(n % articles.size()), DATE).actors().size();
                n++;
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
            // CPU time is what one core spent; wall time also counts waiting for a core on a shared machine.
            System.out.printf(Locale.ROOT, "%5d-byte articles: %d in %.1f s wall, %.1f s CPU = %.0f articles/s per core"
                            + " (CPU), %.0f articles/s wall; %.2f ms CPU each (checksum %d)%n",
                    size, n, secs, cpu, n / cpu, n / secs, 1000 * cpu / n, sink);
        }
    }

    private static List<String> sentences() {
        try (InputStream in = TaggingCpuTime.class.getResourceAsStream("/tagging/benchmark-sentences.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.trim());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Articles of about {@code size} bytes: a headline and paragraphs of shuffled sentences. */
    static List<String> articles(List<String> sentences, int size, int count, Random random) {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            StringBuilder sb = new StringBuilder(sentences.get(random.nextInt(sentences.size()))).append("\n\n");
            int inParagraph = 0;
            while (sb.length() < size) {
                sb.append(sentences.get(random.nextInt(sentences.size())));
                sb.append(++inParagraph % 3 == 0 ? "\n\n" : " ");
            }
            out.add(sb.toString());
        }
        return out;
    }
}
