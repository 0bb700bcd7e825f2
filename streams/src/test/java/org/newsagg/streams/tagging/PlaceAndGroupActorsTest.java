package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actors of issue 19: cities and regions that stand for their country (places.tsv), "Congo" alone as the Democratic
 * Republic, and groups coded as the right kind (a rebel region's forces, dissident lawmakers, criminal gangs). Every
 * sentence was written for this test.
 */
class PlaceAndGroupActorsTest {

    private static List<String> actors(String text) {
        return TaggedSentences.tagger().tag(text, TaggedSentences.MARCH_2022).actors().stream()
                .map(a -> a.code()).sorted().toList();
    }

    @Test
    void aCityStandsForItsCountryAsTheOneAttacked() {
        assertEquals(List.of("194 RUSMIL->UKR"), events("Russian forces shelled Kharkiv overnight."));
    }

    @Test
    void aRoleWordJoinsACityAsItJoinsACountry() {
        assertEquals(List.of("173 UKRCOP->RUS"), events("Police in Odesa arrested two Russian agents."));
    }

    @Test
    void aPlaceAfterTheAgentOfAPassiveIsWhereNotWho() {
        assertEquals(List.of("180 -->MLIMIL"),
                events("Two Malian soldiers were killed by jihadist fighters near Timbuktu."));
    }

    @Test
    void aRebelRegionsForcesAreRebelsNotTheStatesMilitary() {
        assertEquals(List.of("180 ETHREB->ETHMIL"), events("Tigrayan forces attacked Ethiopian troops near Mekelle."));
    }

    @Test
    void congoAloneIsTheDemocraticRepublicAndBrazzavilleTheRepublic() {
        assertEquals(List.of("COD"), actors("Fighting flared in eastern Congo on Sunday."));
        // A capital named as where the summit was is the city, of its country.
        assertEquals(List.of("COG"), actors("The Republic of Congo hosted a summit in Brazzaville."));
    }

    @Test
    void dissidentLawmakersAreLegislatorsNotRebels() {
        assertEquals(List.of("GBRLEG"), actors("British rebel MPs voted against the plan."));
    }

    @Test
    void criminalGangsAreNotTheState() {
        assertEquals(List.of("180 HTICRM->HTICOP"), events("Haitian gangs attacked a police station on Monday."));
    }

    @Test
    void aGeneralStrikeNamesNoGeneral() {
        assertEquals(List.of("FRALAB"), actors("French workers began a general strike on Monday."));
    }

    @Test
    void armedGroupsOfTodaysNewsAreRebelsOfTheirCountry() {
        assertEquals(List.of("181 SOMREB->KENCVL"), events("Al-Shabaab fighters held two Kenyan engineers hostage."));
        assertEquals(List.of("SDN", "SDNMIL", "SDNREB"), actors("The Sudanese army clashed with the RSF in Omdurman."));
    }

    @Test
    void unAgenciesAndBlocsAreOrganisations() {
        assertEquals(List.of("BRICS", "IRN"), actors("Iran joined the BRICS group in January."));
        assertEquals(List.of("UNO"), actors("UNIFIL said its positions came under fire."));
    }

    @Test
    void officeHoldersOfRecentYearsCodeAsTheirOfficeInsideTheirTerm() {
        java.time.Instant june2025 = java.time.Instant.parse("2025-06-20T10:00:00Z");
        assertEquals(List.of("SDNMIL", "SDNREB"), TaggedSentences.tagger()
                .tag("Burhan rejected talks with Hemedti.", june2025).actors().stream().map(a -> a.code()).sorted()
                .toList());
        assertEquals(List.of("LBN", "LBNGOV"), TaggedSentences.tagger()
                .tag("President Joseph Aoun spoke in Beirut.", june2025).actors().stream().map(a -> a.code())
                .distinct().toList());
        // Before his presidency the same name is the army commander.
        assertEquals(List.of("LBNMIL"), actors("Joseph Aoun visited the south."));
    }
}
