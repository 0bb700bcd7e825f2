package org.newsagg.ingest.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.ingest.feeds.FeedSource;

class FeedListTest {

    @Test
    void readsYamlWithDefaultsLeftToThePoller(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feeds.yaml");
        Files.writeString(file, """
                feeds:
                  - url: https://news.example.com/rss.xml
                    name: Example News
                    language: en
                    interval: 5m
                    tags: [world, politics]
                  - url: https://other.example.org/atom.xml
                """);
        assertEquals(List.of(
                new FeedSource("https://news.example.com/rss.xml", "Example News", "en", Duration.ofMinutes(5),
                        List.of("world", "politics")),
                new FeedSource("https://other.example.org/atom.xml", null, null, null, List.of())),
                FeedList.readYaml(file));
    }

    @Test
    void yamlEntryWithoutUrlIsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feeds.yaml");
        Files.writeString(file, "feeds:\n  - name: Nameless\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedList.readYaml(file));
        assertEquals(file + ": feed 1 has no url", e.getMessage());
    }

    @Test
    void readsOpmlWithFoldersAsTags(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feeds.opml");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <opml version="2.0">
                  <head><title>Subscriptions</title></head>
                  <body>
                    <outline text="World">
                      <outline type="rss" text="Example World" xmlUrl="https://news.example.com/world.xml"/>
                    </outline>
                    <outline type="rss" title="Tech Daily" text="ignored" xmlUrl="https://tech.example.com/feed" category="/tech,gadgets"/>
                    <outline text="Folder without feeds"/>
                  </body>
                </opml>
                """);
        assertEquals(List.of(
                new FeedSource("https://news.example.com/world.xml", "Example World", null, null, List.of("World")),
                new FeedSource("https://tech.example.com/feed", "Tech Daily", null, null, List.of("tech", "gadgets"))),
                FeedList.readOpml(file));
    }

    @Test
    void opmlWithADoctypeIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evil.opml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<opml><body><outline text=\"&x;\" xmlUrl=\"https://a.example/\"/></body></opml>\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedList.readOpml(file));
        assertEquals(file + ": not valid OPML: DOCTYPE is disallowed when the feature "
                + "\"http://apache.org/xml/features/disallow-doctype-decl\" set to true.", e.getMessage());
    }

    @Test
    void anIntervalBelowTheFloorIsRefusedNamingTheFileAndTheFeed(@TempDir Path dir) throws Exception {
        // interval: 0s once polled a publisher 40,000 times a minute, and -1m was taken as it was
        Path file = dir.resolve("feeds.yaml");
        for (String interval : List.of("0s", "-1m", "30s")) {
            Files.writeString(file, "feeds:\n  - url: https://ok.example/rss\n  - url: https://eager.example/rss\n"
                    + "    interval: " + interval + "\n");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedList.readYaml(file));
            assertEquals(file + ": feed 2 (https://eager.example/rss): interval " + interval + " is below the minimum "
                    + "of 1m (newsagg.ingest.poll.min-interval); polling a publisher more often is not polite",
                    e.getMessage());
        }
        Files.writeString(file, "feeds:\n  - url: https://eager.example/rss\n    interval: 90s\n");
        assertEquals(Duration.ofSeconds(90), FeedList.readYaml(file).get(0).interval());
        assertEquals(file + ": feed 1 (https://eager.example/rss): interval 90s is below the minimum of 2m "
                + "(newsagg.ingest.poll.min-interval); polling a publisher more often is not polite",
                assertThrows(IllegalArgumentException.class, () -> FeedList.readYaml(file, Duration.ofMinutes(2)))
                        .getMessage());
        Files.writeString(file, "feeds:\n  - url: https://eager.example/rss\n    interval: often\n");
        assertEquals(file + ": feed 1 (https://eager.example/rss): interval 'often' is not a duration like 30m, 1h "
                + "or PT15M", assertThrows(IllegalArgumentException.class, () -> FeedList.readYaml(file)).getMessage());
    }
}
