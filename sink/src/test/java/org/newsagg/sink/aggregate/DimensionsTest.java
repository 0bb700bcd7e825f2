package org.newsagg.sink.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Json;
import org.newsagg.model.Settings;
import org.newsagg.model.TaggedArticle;
import org.newsagg.sink.evidence.EventEvidence;
import org.newsagg.sink.trending.TrendingConfig;

class DimensionsTest {

    /** The schema dashboards validate against lists exactly the dimensions the sink counts, in the same order. */
    @Test
    void theAggregateSchemasDimensionEnumIsTheRegistry() throws Exception {
        // Tests run in the module's directory; the schema lives in the repository's docs.
        JsonNode schema = Json.MAPPER.readTree(Path.of("../docs/schemas/aggregate.schema.json").toFile());
        List<String> listed = new ArrayList<>();
        schema.get("properties").get("dimension").get("enum").forEach(n -> listed.add(n.asText()));
        assertEquals(Dimensions.ALL, listed);
    }

    @Test
    void aTypoInATrendingDimensionFailsAtStartNamingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrendingConfig.from(
                Settings.of(Map.of("newsagg.sink.trending.dimensions", "actor,dyads"))));
        assertEquals("newsagg.sink.trending.dimensions: unknown dimension 'dyads', expected some of actor, country, "
                + "event, eventRoot, plover, dyad, outlet", e.getMessage());
    }

    @Test
    void everyDimensionOfTheRegistryHasADescriptionAndAnExample() {
        for (Dimension d : Dimensions.REGISTRY) {
            assertFalse(d.description().isBlank(), d.name());
            assertFalse(d.example().isBlank(), d.name());
        }
    }

    @Test
    void onlyTheKeptDimensionsContributionsCarryTheirEventsSentences() {
        TaggedArticle t = EvidenceRecorderTest.accuse("a1", "gazette", Instant.parse("2025-03-10T07:10:00Z"));
        List<String> carrying = Dimensions.of(t, List.of("eventRoot", "dyad")).stream()
                .filter(c -> c.evidence() != null)
                .map(c -> c.dimension() + "|" + c.key() + " "
                        + c.evidence().stream().map(EventEvidence::trigger).toList())
                .toList();
        assertEquals(List.of("eventRoot|11 [accused]", "dyad|USAGOV|11|RUSMIL [accused]"), carrying);
        assertEquals(List.of(), Dimensions.of(t, List.of()).stream().filter(c -> c.evidence() != null).toList());
    }
}
