package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deaths caused by no one: a natural force is no interaction, and a bomb with no one named who set it is an attack
 * by no one named on its victims (183). Every sentence was written for this test.
 */
class InanimateCausesTest {

    @Test
    void anEarthquakeThatKillsIsNoEventOfTheCountryItStruck() {
        assertEquals(List.of(),
                events("A strong earthquake struck northern Chile, killing at least six people, officials said."));
    }

    @Test
    void aBombThatKillsIsAnAttackByNoOneNamed() {
        assertEquals(List.of("183 -->AFGMIL"), events("A bomb exploded at a market in Kabul, killing three Afghan soldiers."));
    }

    @Test
    void troopsThatKillAfterAnExplosionAreStillTheSource() {
        assertEquals(List.of("190 RUSMIL->UKRMIL"),
                events("Russian troops killed four Ukrainian soldiers near Kharkiv after an explosion."));
    }
}
