package org.newsagg.app.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoenixAgentsTest {

    @Test
    void expandsPluralsAndSubstitutionSetsAndSkipsLooseAndPrefixForms() {
        List<PhoenixAgents.Agent> agents = PhoenixAgents.parse(List.of(
                "<!-- header -->",
                "!PERSON! = MAN, WOMAN",
                "FARMER [~AGR]  # regular plural",
                "POLICE {} [~COP]",
                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]",
                "MILITIA [~REB]",
                "CONGRESS!PERSON! [~LEG}",
                "HUMAN_RIGHTS_BODY  [NGO~]",
                "WARLORD ARMY [~REB]"));

        assertEquals(List.of(
                new PhoenixAgents.Agent("FARMER", "AGR", true),
                new PhoenixAgents.Agent("FARMERS", "AGR", true),
                new PhoenixAgents.Agent("POLICE", "COP", true),
                new PhoenixAgents.Agent("ATTORNEY GENERAL", "GOVATG", true),
                new PhoenixAgents.Agent("ATTORNEYS GENERAL", "GOVATG", true),
                new PhoenixAgents.Agent("MILITIA", "REB", true),
                new PhoenixAgents.Agent("MILITIAS", "REB", true),
                new PhoenixAgents.Agent("CONGRESSMAN", "LEG", true),
                new PhoenixAgents.Agent("CONGRESSWOMAN", "LEG", true),
                new PhoenixAgents.Agent("HUMAN RIGHTS BODY", "NGO", false),
                new PhoenixAgents.Agent("HUMAN RIGHTS BODIES", "NGO", false)), agents);
    }

    @Test
    void regularPlurals() {
        assertEquals("ATTORNEYS", PhoenixAgents.plural("ATTORNEY"));
        assertEquals("MILITIAS", PhoenixAgents.plural("MILITIA"));
        assertEquals("ACTRESSES", PhoenixAgents.plural("ACTRESS"));
        assertEquals("ENEMIES", PhoenixAgents.plural("ENEMY"));
    }
}
