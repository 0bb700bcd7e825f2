package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class WordFormsTest {

    @Test
    void regularPastFormsYieldTheirStems() {
        assertArrayEquals(new String[] {"blamed", "blam", "blame"}, WordForms.of("blamed", "blam"));
        assertArrayEquals(new String[] {"cancelled", "cancell", "cancelle", "cancel"}, WordForms.of("cancelled", "cancelled"));
    }

    @Test
    void pluralsAndGerundsYieldTheirStems() {
        assertArrayEquals(new String[] {"accusations", "accusation"}, WordForms.of("accusations", "accusation"));
        assertArrayEquals(new String[] {"suing", "su", "sue"}, WordForms.of("suing", "suing"));
        assertArrayEquals(new String[] {"denies", "deny", "deni", "denie"}, WordForms.of("denies", "deny"));
    }
}
