package org.newsagg.app.dictionaries;

import java.util.Map;
import java.util.TreeMap;

/** The README written beside the generated files: origin, licence, regeneration command, sizes and filters. */
final class ImportReadme {

    private ImportReadme() {}

    static String text(DictionaryImport.Summary s, Map<String, String> learned) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Tagger dictionaries generated from Phoenix/PETRARCH2\n\n")
                .append("Source: the Phoenix actor and agent dictionaries and PETRARCH1's CAMEO verb dictionary of the\n")
                .append("public repository openeventdata/petrarch2 (Open Event Data), commit\n")
                .append("676801cd9cb2924bbbad09f86d15c9323e7097bf, folder petrarch2/data/dictionaries/: ")
                .append(String.join(", ", DictionaryImport.ACTOR_FILES)).append(", ")
                .append(DictionaryImport.AGENTS).append(", ").append(DictionaryImport.VERBS).append(".\n\n")
                .append("Licence: MIT, Copyright (c) 2014 Open Event Data (Alliance); the licence text is in LICENSE here\n")
                .append("and must stay with these files.\n\n")
                .append("Regenerate (from the repository root, with the source files in ../shared/resources/petrarch2):\n\n")
                .append("```\n").append(DictionaryImport.COMMAND).append("\n```\n\n")
                .append("The tagger loads these files before its hand-written ones (tagging/*.tsv), which win on conflicts;\n")
                .append("an operator's `newsagg.tagging.dictionary-dir` may hold `petrarch2/<file>` to replace rows here.\n\n")
                .append("| file | rows |\n|---|---|\n")
                .append("| people.tsv | ").append(s.people()).append(" |\n")
                .append("| named-actors.tsv | ").append(s.named()).append(" |\n")
                .append("| roles.tsv | ").append(s.roles()).append(" |\n")
                .append("| verbs.tsv | ").append(s.patterns()).append(" |\n")
                .append("| bare-verbs.tsv | ").append(s.bareVerbs()).append(" (not loaded) |\n\n")
                .append("Every file above but bare-verbs.tsv is loaded. The bare verbs of PETRARCH's synonym blocks\n")
                .append("(`demand|bid` -> 100) lowered event-root precision on the project's gold sets, because the\n")
                .append("tagger codes one main event per sentence and a bare generic verb competes for it; they are\n")
                .append("kept for operators who want to copy rows into their own verbs.tsv. The tagger uses generated\n")
                .append("patterns only where no hand-written pattern codes the sentence, only on trigger verbs no\n")
                .append("hand-written pattern starts with, and only with the verb in a verb's place (docs/tagging.md).\n\n")
                .append("Left out on import (counts of records, names, agents or patterns):\n\n")
                .append("| what | count |\n|---|---|\n");
        s.skipped().forEach((k, n) -> sb.append("| ").append(k).append(" | ").append(n).append(" |\n"));
        sb.append("\nOrganisation codes learned by name from the tagger's igos.tsv:\n\n");
        new TreeMap<>(learned).forEach((k, v) -> sb.append("- ").append(k).append(" -> ").append(v).append('\n'));
        return sb.toString();
    }
}
