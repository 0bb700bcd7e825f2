package org.newsagg.bench.profile;

import java.util.List;

/**
 * A named part of a stage thread's work, known by the classes whose frames belong to it.
 *
 * @param name        as the profile tables print it
 * @param prefixes    class-name prefixes of its frames ({@code org.rocksdb.}, or a whole class name)
 * @param nameContains parts of a simple class name that also make a frame its own within {@code org.newsagg}
 *                    ({@code Serde}: the project's serdes sit in every package); empty for none
 */
public record SampleGroup(String name, List<String> prefixes, List<String> nameContains) {

    public SampleGroup {
        prefixes = List.copyOf(prefixes);
        nameContains = List.copyOf(nameContains);
    }

    static SampleGroup of(String name, String... prefixes) {
        return new SampleGroup(name, List.of(prefixes), List.of());
    }

    /** Whether a frame of {@code className} (binary name, {@code $} for nested classes) belongs here. */
    public boolean owns(String className) {
        for (String p : prefixes) {
            if (className.startsWith(p)) return true;
        }
        if (!nameContains.isEmpty() && className.startsWith("org.newsagg.")) {
            String simple = className.substring(className.lastIndexOf('.') + 1);
            for (String part : nameContains) {
                if (simple.contains(part)) return true;
            }
        }
        return false;
    }
}
