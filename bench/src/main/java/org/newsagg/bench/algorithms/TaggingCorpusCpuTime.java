package org.newsagg.bench.algorithms;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.newsagg.bench.BenchPlan;
import org.newsagg.bench.CorpusSpec;
import org.newsagg.bench.GeneratedArticle;
import org.newsagg.bench.SyntheticCorpus;
import org.newsagg.ingest.replay.ArchiveReader;
import org.newsagg.model.Article;
import org.newsagg.streams.tagging.ArticleTagger;
import org.newsagg.streams.tagging.ArticleTags;
import org.newsagg.streams.tagging.TaggingSettings;

/**
 * CPU time of one tagger per article on articles as the streams stage gets them ({@link ArticleTagger#tag(Article)}),
 * where {@link TaggingCpuTime} mixes 20 fixed sentences: the bench corpus's originals (1.5 KB, seed 42, every sentence
 * filled from the vocabulary, so few sentences repeat), the same originals cut to headline and summary (RSS-sized),
 * or the articles of feed files and article files (e.g. ../shared/corpora/realfeeds: real headlines and summaries).
 * It also prints a SHA-256 of every article's tags from the first pass, so two builds can be shown to tag alike.
 *
 * <p>Usage: {@code TaggingCorpusCpuTime corpus|rss|files [CPU seconds, default 10] [PATH...]}.
 */
public final class TaggingCorpusCpuTime {

    private static final long WARM_UP_CPU_NANOS = 5_000_000_000L;
    private static final int CORPUS_ARTICLES = 3_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TaggingCorpusCpuTime() {}

    public static void main(String[] args) throws NoSuchAlgorithmException {
        String kind = args.length > 0 ? args[0] : "corpus";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Article> articles = switch (kind) {
            case "corpus" -> originals(false);
            case "rss" -> originals(true);
            case "files" -> files(args);
            default -> throw new IllegalArgumentException("kind must be corpus, rss or files: " + kind);
        };
        ArticleTagger tagger = ArticleTagger.load(TaggingSettings.defaults());
        long chars = articles.stream().mapToLong(a -> a.fullText().length()).sum();

        // The digest pass is also the start of the warm-up: every article tagged once, in order.
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        for (Article a : articles) digest.update(describe(tagger.tag(a)).getBytes(StandardCharsets.UTF_8));
        String sha = HexFormat.of().formatHex(digest.digest());
        long warmUpEnd = cpuStart + WARM_UP_CPU_NANOS;
        int sink = 0;
        for (int i = 0; THREADS.getCurrentThreadCpuTime() < warmUpEnd; i++) {
            sink += tagger.tag(articles.get(i % articles.size())).events().size();
        }
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long cpuEnd = cpu0 + seconds * 1_000_000_000L;
        int n = 0;
        while (THREADS.getCurrentThreadCpuTime() < cpuEnd) {
            sink += tagger.tag(articles.get(n % articles.size())).actors().size();
            n++;
        }
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d articles of %.0f chars on average; %d tagged in %.1f s CPU: %.3f ms CPU"
                        + " each (checksum %d)%ntags sha256 %s%n", kind, articles.size(),
                (double) chars / articles.size(), n, cpu, 1000 * cpu / n, sink, sha);
    }

    private static String describe(ArticleTags tags) {
        return tags.actors() + "|" + tags.events() + "|" + tags.unresolved() + "\n";
    }

    /** The corpus's originals (copies are not tagged by the stage); headline and summary only for RSS size. */
    private static List<Article> originals(boolean headlineAndSummary) {
        Duration span = BenchPlan.spanAtDefaultDensity(CORPUS_ARTICLES);
        List<Article> out = new ArrayList<>();
        for (GeneratedArticle g : SyntheticCorpus.generate(new CorpusSpec(CORPUS_ARTICLES, 1_500, 0.2, 42,
                BenchPlan.defaultStart(span), span, false))) {
            if (g.kind() != GeneratedArticle.Kind.ORIGINAL) continue;
            Article a = g.article();
            out.add(headlineAndSummary ? new Article(a.id(), a.url(), a.canonicalUrl(), a.source(), a.feedUrl(),
                    a.title(), a.summary(), null, a.published(), a.fetched(), a.language(), a.contentHash()) : a);
        }
        return out;
    }

    private static List<Article> files(String[] args) {
        List<Path> paths = new ArrayList<>();
        for (int i = 2; i < args.length; i++) paths.add(Path.of(args[i]));
        if (paths.isEmpty()) throw new IllegalArgumentException("files needs at least one PATH");
        return ArchiveReader.readWithPlainText(paths).articles();
    }
}
