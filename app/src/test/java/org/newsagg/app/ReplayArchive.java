package org.newsagg.app;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newsagg.app.fault.StoryArchive;
import org.newsagg.model.Article;

/**
 * An archive as a replay of several weeks of news publishes it: {@code storiesPerDay} distinct stories a day at
 * random times from six outlets, every second one syndicated by two other outlets within the hour, every third
 * re-polled later, and each record read some minutes after it was published (so records reach the raw topic out of
 * publication order, within the dedupe grace). A few stories, every {@link #LATE_EVERY}th, and their copies are
 * read three hours after publication: late by the dedupe stage's rule when other news was published meanwhile.
 * Words come from {@code fault/story-words.txt}; the seed fixes every draw.
 */
final class ReplayArchive {

    static final int LATE_EVERY = 25;

    private final List<Article> records;

    private ReplayArchive(List<Article> records) {
        this.records = records;
    }

    /** Every record, in the order the replay reads them. */
    List<Article> records() {
        return records;
    }

    static ReplayArchive generate(Instant start, int days, int storiesPerDay, long seed) {
        Map<String, List<String>> words = StoryArchive.sections();
        List<String[]> outlets = words.get("outlets").stream().map(l -> l.split("\\|")).toList();
        List<String> vocabulary = words.get("words").stream().flatMap(l -> Arrays.stream(l.trim().split("\\s+")))
                .toList();
        Random random = new Random(seed);
        record Read(Instant at, int order, Article article) {}
        List<Read> reads = new ArrayList<>();
        int story = 0;
        for (int day = 0; day < days; day++) {
            for (int n = 0; n < storiesPerDay; n++, story++) {
                int outlet = random.nextInt(outlets.size());
                Instant published = start.plus(Duration.ofDays(day)).plusSeconds(random.nextInt(86_400));
                String title = capitalize(pick(random, words.get("actors"))) + " " + pick(random, words.get("events"))
                        + " " + pick(random, words.get("actors")) + " over " + pick(random, vocabulary) + " "
                        + pick(random, vocabulary);
                StringBuilder text = new StringBuilder(title).append('.');
                for (int sentence = 0; sentence < 6; sentence++) {
                    text.append(' ').append(capitalize(pick(random, vocabulary)));
                    for (int w = 0; w < 10; w++) text.append(' ').append(pick(random, vocabulary));
                    text.append('.');
                }
                boolean isLate = story % LATE_EVERY == LATE_EVERY - 1;
                Duration delay = isLate ? Duration.ofHours(3) : Duration.ofMinutes(random.nextInt(40));
                Article original = article(story, outlets.get(outlet), title, text.toString(), published);
                reads.add(new Read(published.plus(delay), reads.size(), original));
                if (story % 2 == 0) {
                    for (int copy = 1; copy <= 2; copy++) {
                        String[] other = outlets.get((outlet + copy * 2) % outlets.size());
                        Instant at = published.plus(Duration.ofMinutes(5 + random.nextInt(50)));
                        String copyText = text + "\n" + words.get("boilerplate").get(copy % 3);
                        Article c = article(story, other, "Update: " + title, copyText, at);
                        reads.add(new Read(at.plus(isLate ? delay : Duration.ofMinutes(random.nextInt(40))),
                                reads.size(), c));
                    }
                }
                if (story % 3 == 0) reads.add(new Read(published.plus(Duration.ofHours(2)), reads.size(), original));
            }
        }
        reads.sort(Comparator.comparing(Read::at).thenComparingInt(Read::order));
        return new ReplayArchive(reads.stream().map(Read::article).toList());
    }

    private static Article article(int story, String[] outlet, String title, String text, Instant published) {
        String host = outlet[1];
        String url = "https://" + host + "/news/" + story;
        return new Article("x-" + host.substring(0, host.indexOf('.')) + "-" + story, url, url, outlet[0],
                "https://" + host + "/rss", title, text.substring(0, text.indexOf('.') + 1), text, published,
                published.plusSeconds(60), "en", StoryArchive.sha256(title + "\n" + text));
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
