package org.newsagg.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.newsagg.ingest.feeds.ArticleIdentity;
import org.newsagg.model.Article;

/**
 * Generates the benchmark's news articles from a seed: country, leader and event sentences that give the tagger
 * work, publication times in order over days, and copies as syndication makes them (another outlet, an edited
 * headline, boilerplate added, the last paragraph cut) or as a re-poll does (the same item again).
 *
 * <p>Articles are made one at a time, so a million-article run does not hold the corpus in memory.
 */
public final class SyntheticCorpus implements Iterator<GeneratedArticle> {

    /** Copies are made of one of this many most recent originals: syndication follows the original closely. */
    private static final int RECENT = 64;

    private final CorpusSpec spec;
    private final SplittableRandom random;
    private final List<String[]> countries;
    private final List<String[]> verbs;
    private final List<String[]> outlets;
    private final CorpusVocabulary words;
    private final List<Article> recent = new ArrayList<>();
    private int produced;

    public SyntheticCorpus(CorpusSpec spec, CorpusVocabulary vocabulary) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
        this.words = vocabulary;
        this.countries = split(vocabulary.section("country"));
        this.verbs = split(vocabulary.section("verb"));
        this.outlets = split(vocabulary.section("outlet"));
    }

    public static SyntheticCorpus of(CorpusSpec spec) {
        return new SyntheticCorpus(spec, CorpusVocabulary.load());
    }

    /** The whole corpus in a list: for runs small enough to generate before the clock starts. */
    public static List<GeneratedArticle> generate(CorpusSpec spec) {
        List<GeneratedArticle> out = new ArrayList<>(spec.articles());
        SyntheticCorpus corpus = of(spec);
        while (corpus.hasNext()) out.add(corpus.next());
        return out;
    }

    @Override
    public boolean hasNext() {
        return produced < spec.articles();
    }

    @Override
    public GeneratedArticle next() {
        if (!hasNext()) throw new NoSuchElementException();
        int seq = produced++;
        Instant slot = publicationTime(seq);
        if (!recent.isEmpty() && random.nextDouble() < spec.dupShare()) {
            Article original = recent.get(random.nextInt(recent.size()));
            return random.nextBoolean()
                    ? new GeneratedArticle(repoll(original, seq), GeneratedArticle.Kind.EXACT_REPOLL)
                    : new GeneratedArticle(nearCopy(original, seq, slot), GeneratedArticle.Kind.NEAR_COPY);
        }
        Article article = original(seq, slot);
        if (recent.size() == RECENT) recent.remove(0);
        recent.add(article);
        return new GeneratedArticle(article, GeneratedArticle.Kind.ORIGINAL);
    }

    private Instant publicationTime(int seq) {
        long spanMillis = spec.span().toMillis();
        long step = spec.articles() == 0 ? 0 : spanMillis / Math.max(1, spec.articles());
        return spec.start().plusMillis(step * seq);
    }

    private Article original(int seq, Instant published) {
        Scene scene = scene();
        String[] outlet = outlets.get(random.nextInt(outlets.size()));
        String title = fill(pick("headline"), scene);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder(fill(pick("lead"), scene));
        int length = paragraph.length();
        // Aim within +-10% of the target size, so "1.5 KB" runs really carry 1.5 KB texts.
        int target = (int) (spec.size() * (0.9 + 0.2 * random.nextDouble()));
        int sentencesInParagraph = 1;
        while (length < target) {
            String sentence = fill(pick("body"), scene);
            if (sentencesInParagraph == 3) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
                sentencesInParagraph = 0;
            } else {
                paragraph.append(' ');
            }
            paragraph.append(sentence);
            sentencesInParagraph++;
            length += sentence.length() + 1;
        }
        paragraphs.add(paragraph.toString());
        return article(seq, outlet, title, paragraphs, published);
    }

    /** Another outlet runs the story: its own headline prefix, its boilerplate, the last paragraph cut. */
    private Article nearCopy(Article original, int seq, Instant published) {
        String[] outlet;
        do {
            outlet = outlets.get(random.nextInt(outlets.size()));
        } while (outlet[0].equals(original.source()) && outlets.size() > 1);
        List<String> paragraphs = new ArrayList<>(List.of(original.text().split("\n\n")));
        if (paragraphs.size() > 2) paragraphs.remove(paragraphs.size() - 1);
        paragraphs.add(pick("boilerplate"));
        String title = pick("headline-edit") + " " + original.title();
        return article(seq, outlet, title, paragraphs, published);
    }

    /** The same item read again: same id, same content, same publication time, a later fetch. */
    private Article repoll(Article original, int seq) {
        String source = spec.markerOutlets() ? markerOutlet(seq) : original.source();
        return new Article(original.id(), original.url(), original.canonicalUrl(), source, original.feedUrl(),
                original.title(), original.summary(), original.text(), original.published(),
                original.fetched().plus(Duration.ofMinutes(5)), original.language(), original.contentHash());
    }

    private Article article(int seq, String[] outlet, String title, List<String> paragraphs, Instant published) {
        String text = String.join("\n\n", paragraphs);
        String source = spec.markerOutlets() ? markerOutlet(seq) : outlet[0];
        // No date in the path: the same seed gives the same ids whatever day the corpus is dated from.
        String url = "https://" + outlet[1] + "/world/story-" + spec.seed() + "-" + seq;
        return new Article(ArticleIdentity.id(url, null, source, title, published), url, url, source,
                "https://" + outlet[1] + "/rss/world.xml", title, paragraphs.get(0), text, published,
                published.plus(Duration.ofMinutes(2)), "en", ArticleIdentity.contentHash(title, text));
    }

    /** An outlet name no other record has: its aggregate key then says which article it counts. */
    public static String markerOutlet(int seq) {
        return String.format("Bench Outlet %07d", seq);
    }

    /** Who does what to whom in one original: every sentence of the article draws on it. */
    private record Scene(String[] country, String[] country2, String role, String role2, String[] verb,
            String org, String issue, String day, String place, String person, String noun, String noun2) {}

    private Scene scene() {
        String[] a = countries.get(random.nextInt(countries.size()));
        String[] b;
        do {
            b = countries.get(random.nextInt(countries.size()));
        } while (b == a);
        return new Scene(a, b, pick("role"), pick("role"), verbs.get(random.nextInt(verbs.size())),
                pick("organisation"), pick("issue"), pick("day"), pick("place"), pick("person"), pick("noun"),
                pick("noun"));
    }

    private String fill(String template, Scene s) {
        String out = template
                .replace("{Demonym2}", s.country2()[1])
                .replace("{Demonym}", s.country()[1])
                .replace("{demonym2}", s.country2()[1])
                .replace("{demonym}", s.country()[1])
                .replace("{country2}", s.country2()[0])
                .replace("{country}", s.country()[0])
                .replace("{capitalof}", s.country()[0])
                .replace("{role2}", s.role2())
                .replace("{role}", s.role())
                .replace("{verbbase}", s.verb()[1])
                .replace("{verb}", s.verb()[0])
                .replace("{org}", s.org())
                .replace("{issue}", s.issue())
                .replace("{day}", s.day())
                .replace("{place}", s.place())
                .replace("{person}", s.person())
                .replace("{noun2}", s.noun2())
                .replace("{noun}", s.noun());
        if (out.contains("{number}")) out = out.replace("{number}", Integer.toString(2 + random.nextInt(98)));
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private String pick(String section) {
        List<String> lines = words.section(section);
        return lines.get(random.nextInt(lines.size()));
    }

    private static List<String[]> split(List<String> lines) {
        return lines.stream().map(l -> l.split("\\|")).toList();
    }
}
