package org.newsagg.sink.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CodebookTest {

    final Codebook codes = Codebook.bundled();

    @Test
    void aCompositeActorIsItsCountryAndItsRole() {
        CodeName n = codes.name("actor", "CODMIL");
        assertEquals("Democratic Republic of the Congo military", n.name());
        assertEquals(List.of(new CodeName.Part("COD", "country", "Democratic Republic of the Congo"),
                new CodeName.Part("MIL", "role", "military")), n.parts());
        assertEquals("United States government", codes.name("actor", "USAGOV").name());
        assertEquals("Iran business", codes.name("actor", "IRNBUS").name());
        assertEquals("Russia", codes.name("actor", "RUS").name());
    }

    @Test
    void anOrganisationIsNamedWhole() {
        assertEquals(new CodeName("actor", "UNO", "United Nations",
                List.of(new CodeName.Part("UNO", "organisation", "United Nations"))), codes.name("actor", "UNO"));
        assertEquals("European Union", codes.name("actor", "EU").name());
    }

    @Test
    void eventsRootsCountriesAndDyads() {
        assertEquals("Accuse", codes.name("event", "112").name());
        assertEquals("Reduce relations", codes.name("eventRoot", "16").name());
        assertEquals("Express intent to cooperate", codes.name("eventRoot", "03").name());
        assertEquals("Belgium", codes.name("country", "BEL").name());
        CodeName dyad = codes.name("dyad", "BELGOV|16|IRN");
        assertEquals("Belgium government → Reduce relations → Iran", dyad.name());
        assertEquals(List.of(new CodeName.Part("BELGOV", "actor", "Belgium government"),
                new CodeName.Part("16", "eventRoot", "Reduce relations"), new CodeName.Part("IRN", "actor", "Iran")),
                dyad.parts());
    }

    @Test
    void everyCameoRootHasAName() {
        for (int r = 1; r <= 20; r++) {
            String root = String.format("%02d", r);
            assertEquals(true, codes.rootName(root).isPresent(), "root " + root);
        }
    }

    @Test
    void anUnknownPartLeavesTheWholeUnnamedButNamesTheRest() {
        CodeName n = codes.name("actor", "RUSXYZ");
        assertNull(n.name());
        assertEquals(List.of(new CodeName.Part("RUS", "country", "Russia"), new CodeName.Part("XYZ", "role", null)),
                n.parts());
        assertNull(codes.name("dyad", "USAGOV|99|RUS").name());
        assertEquals(new CodeName("outlet", "Meridian Wire", null, List.of()), codes.name("outlet", "Meridian Wire"));
    }

    @Test
    void everyRoleCodeTheTaggersWordListsUseIsNamed() {
        TreeSet<String> used = new TreeSet<>();
        for (String table : List.of("tagging/roles.tsv", "tagging/petrarch2/roles.tsv")) {
            for (String[] row : Codebook.rows(table)) used.add(row[1].trim());
        }
        used.removeAll(codes.roleCodes());
        assertEquals(new TreeSet<>(), used, "role codes without a name in codebook/role-names.tsv");
    }
}
