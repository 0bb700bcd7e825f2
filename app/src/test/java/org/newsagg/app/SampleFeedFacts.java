package org.newsagg.app;

import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.newsagg.app.demo.SampleFeeds;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Facts about the bundled sample feeds computed independently of the pipeline: the JDK's own DOM parser reads the
 * files, and the labels (which items are syndicated copies of which) come from samples/MANIFEST.md, written by the
 * people who wrote the items. Integration tests compare what the pipeline produced against these.
 */
final class SampleFeedFacts {

    /** Item in the samples: link, outlet (the feed's title), publication time. */
    record Item(String link, String outlet, Instant published) {}

    /** Links of the syndicated copies (MANIFEST.md: "syndicated copy of"), mapped to their original's link. */
    static final Map<String, String> NEAR_COPIES = Map.of(
            "https://harborgazette.example/world/2025/03/10/washington-russia-war-crimes-finding",
            "https://meridianwire.example/world/2025/03/10/us-accuses-russia-war-crimes-ukraine",
            "https://lakesidechronicle.example/nation-world/2025/03/10/us-formally-charges-russia-war-crimes",
            "https://meridianwire.example/world/2025/03/10/us-accuses-russia-war-crimes-ukraine",
            "https://northfieldledger.example/international/2025/03/11/un-airlift-sudan",
            "https://meridianwire.example/world/2025/03/11/un-airlift-sudan-el-fasher");

    private SampleFeedFacts() {}

    /** Every item of every sample file, re-polls included, in file order. */
    static List<Item> allItems() throws Exception {
        List<Item> items = new ArrayList<>();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String name : SampleFeeds.names()) {
            try (InputStream in = SampleFeedFacts.class.getResourceAsStream("/samples/" + name)) {
                var doc = factory.newDocumentBuilder().parse(in);
                boolean atom = doc.getDocumentElement().getLocalName().equals("feed");
                String outlet = atom ? text(doc.getDocumentElement(), "title")
                        : text((Element) doc.getElementsByTagName("channel").item(0), "title");
                NodeList entries = doc.getElementsByTagNameNS("*", atom ? "entry" : "item");
                for (int i = 0; i < entries.getLength(); i++) {
                    Element e = (Element) entries.item(i);
                    String link = atom ? ((Element) e.getElementsByTagNameNS("*", "link").item(0)).getAttribute("href")
                            : text(e, "link");
                    Instant published = atom ? java.time.OffsetDateTime.parse(text(e, "published")).toInstant()
                            : ZonedDateTime.parse(text(e, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    items.add(new Item(link, outlet, published));
                }
            }
        }
        return items;
    }

    /** Distinct articles: one per link, copies removed. */
    static Map<String, Item> distinctArticles() throws Exception {
        Map<String, Item> out = new LinkedHashMap<>();
        for (Item i : allItems()) {
            if (!NEAR_COPIES.containsKey(i.link())) out.putIfAbsent(i.link(), i);
        }
        return out;
    }

    static Set<String> copyLinks() {
        return NEAR_COPIES.keySet();
    }

    static String day(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    private static String text(Element parent, String local) {
        NodeList l = parent.getElementsByTagNameNS("*", local);
        if (l.getLength() == 0) l = parent.getElementsByTagName(local);
        return l.item(0).getTextContent().trim();
    }
}
