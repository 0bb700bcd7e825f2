package org.newsagg.streams.tagging;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsagg.model.ActorTag;
import org.newsagg.model.Article;
import org.newsagg.model.EventTag;

/**
 * The tagging stage's entry point: reads an article's sentences and returns the CAMEO-coded actors it is about and
 * the events it reports. Not thread-safe (OpenNLP's taggers are not): one per stream thread; the dictionaries and
 * models behind it are loaded once per JVM and shared.
 */
public final class ArticleTagger {

    /** The immutable part, shared by every tagger with the same dictionary directory. */
    private record Dictionaries(ActorDictionary actors, CameoCodes codes, EventPatterns patterns,
                                EventContextClassifier contexts, Set<String> ignored, Set<String> roleModifiers) {}

    private static final int LEMMA_CACHE_SIZE = 50_000;
    private static final int WINDOW = 2;
    private static final Map<Optional<Path>, Dictionaries> LOADED = new ConcurrentHashMap<>();

    private final TaggingSettings settings;
    private final TextAnalyzer analyzer;
    private final Dictionaries dictionaries;
    private final ActorRecognizer recognizer;
    private final EventCoder coder;
    private final HeadlineNormalizer headlines = new HeadlineNormalizer();
    private final Map<String, String> lemmaCache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > LEMMA_CACHE_SIZE;
        }
    };

    private ArticleTagger(TaggingSettings settings, TextAnalyzer analyzer, Dictionaries dictionaries) {
        this.settings = settings;
        this.analyzer = analyzer;
        this.dictionaries = dictionaries;
        this.recognizer = new ActorRecognizer(dictionaries.actors(), dictionaries.roleModifiers());
        this.coder = new EventCoder(dictionaries.patterns(), dictionaries.codes(), dictionaries.contexts());
    }

    /** Loads the models and dictionaries (cached across instances with the same dictionary directory). */
    public static ArticleTagger load(TaggingSettings settings) {
        TextAnalyzer analyzer = new TextAnalyzer();
        Path dir = settings.dictionaryDir() == null ? null : settings.dictionaryDir().toAbsolutePath().normalize();
        Dictionaries d = LOADED.computeIfAbsent(Optional.ofNullable(dir), k -> {
            DictionaryFiles files = new DictionaryFiles(dir);
            CameoCodes codes = CameoCodes.load(files);
            return new Dictionaries(ActorDictionary.load(files, analyzer::tokens), codes,
                    EventPatterns.load(files, codes), EventContextClassifier.load(files),
                    words(files, "unresolved-ignore.txt"), words(files, "role-modifiers.txt"));
        });
        return new ArticleTagger(settings, analyzer, d);
    }

    private static Set<String> words(DictionaryFiles files, String name) {
        Set<String> out = new HashSet<>();
        for (String[] row : files.rows(name)) out.add(DictionaryFiles.column(row, 0).toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    /** Tags title, summary and text; the publication date picks the office holders of the day. */
    public ArticleTags tag(Article article) {
        return tag(article.fullText(), article.published());
    }

    public ArticleTags tag(String text, Instant date) {
        return run(text, date, false).tags;
    }

    /** Readable evidence for every actor and event of {@link #tag(Article)}. */
    public String explain(Article article) {
        return explain(article.fullText(), article.published());
    }

    public String explain(String text, Instant date) {
        Run run = run(text, date, true);
        StringBuilder sb = new StringBuilder();
        for (String h : run.headlines) sb.append("Headline: ").append(h).append('\n');
        sb.append("Actors:\n");
        for (ActorTag a : run.tags.actors()) {
            sb.append("  ").append(a.code()).append(" x").append(a.mentions()).append('\n');
            for (String line : run.actorEvidence.getOrDefault(a.code(), Set.of())) {
                sb.append("    ").append(line).append('\n');
            }
        }
        sb.append("Events:\n");
        for (EventCoder.CodedEvent e : run.coded) {
            EventTag t = e.tag();
            sb.append("  ").append(t.code()).append(' ').append(t.name()).append(" [root ").append(t.root())
                    .append(", quad ").append(t.quadClass()).append(", Goldstein ").append(t.goldstein())
                    .append(", ").append(t.plover()).append("] ").append(t.source()).append(" -> ")
                    .append(t.target()).append(", ").append(t.context()).append('\n')
                    .append("    sentence: ").append(t.sentence()).append('\n')
                    .append("    trigger: '").append(t.trigger()).append("' by pattern ").append(e.pattern()).append('\n')
                    .append("    why: ").append(e.why()).append('\n');
        }
        if (!run.tags.unresolved().isEmpty()) sb.append("Unresolved: ").append(run.tags.unresolved()).append('\n');
        return sb.toString();
    }

    private record Run(ArticleTags tags, List<EventCoder.CodedEvent> coded, Map<String, Set<String>> actorEvidence,
                       List<String> headlines) {}

    private static final class Count {
        final String code;
        final String country;
        final String role;
        final String name;
        int mentions;

        Count(ActorMention m) {
            this.code = m.code();
            this.country = m.country();
            this.role = m.role();
            this.name = m.words();
        }
    }

    private Run run(String text, Instant date, boolean withEvidence) {
        LocalDate day = date == null ? null : date.atZone(ZoneOffset.UTC).toLocalDate();
        Map<String, Count> counts = new LinkedHashMap<>();
        Map<String, Set<String>> evidence = new LinkedHashMap<>();
        List<EventCoder.CodedEvent> coded = new ArrayList<>();
        Set<String> unresolved = new LinkedHashSet<>();
        Set<String> peopleSeen = new HashSet<>();
        List<String> headlineNotes = new ArrayList<>();
        int budget = settings.maxSentences();
        // Every line is a paragraph and blank ones are skipped: the same paragraphs the regex "\\n\\s*\\n|\\n" gave
        // (a run of blank lines only makes blank pieces), but a one-character split needs no regex, which String.split
        // compiled per article and tried at every character, 4% of the tagger's CPU time.
        for (String paragraph : (text == null ? "" : text).split("\n")) {
            if (paragraph.isBlank()) continue;
            for (String sentence : analyzer.sentences(paragraph)) {
                if (budget-- <= 0) break;
                String[] tokens = analyzer.tokens(sentence);
                if (tokens.length == 0) continue;
                List<ActorMention> found = recognizer.recognise(tokens, day, peopleSeen);
                HeadlineNormalizer.Result headline = headlines.normalise(tokens, found);
                if (headline.changed()) {
                    tokens = headline.tokens();
                    if (withEvidence) {
                        headlineNotes.add("'" + sentence + "' read as '" + String.join(" ", tokens) + "': "
                                + String.join("; ", headline.steps()));
                    }
                    found = recognizer.recognise(tokens, day, peopleSeen);
                }
                String[] lower = new String[tokens.length];
                for (int i = 0; i < tokens.length; i++) lower[i] = tokens[i].toLowerCase(Locale.ROOT);
                List<ActorMention> mentions = found.stream().filter(m -> !m.bareRole()).toList();
                List<ActorMention> bareRoles = found.stream().filter(ActorMention::bareRole).toList();
                for (ActorMention m : mentions) {
                    counts.computeIfAbsent(m.code(), c -> new Count(m)).mentions++;
                    if (withEvidence) {
                        evidence.computeIfAbsent(m.code(), c -> new LinkedHashSet<>())
                                .add("'" + m.words() + "' <- " + m.evidence());
                    }
                }
                collectUnresolved(tokens, lower, mentions, unresolved);
                // A sentence without actors codes nothing (no window, no statement).
                if (mentions.isEmpty()) continue;
                // The words in a verb's place, each word's lemma from the dictionary and its forms with that lemma:
                // the trigger windows need them, and the event coder needs them again wherever the lemma stays.
                boolean[] verbal = EventCoder.verbal(lower, mentions);
                String[] dictionaryLemmas = new String[tokens.length];
                String[][] dictionaryForms = new String[tokens.length][];
                boolean[] window = triggerWindows(tokens, lower, verbal, dictionaryLemmas, dictionaryForms);
                // "Tehran not ready for compromise, says Macron": no trigger word, but maybe a statement (010).
                if (window == null && EventCoder.mayBeStatement(lower, mentions)) window = new boolean[tokens.length];
                if (window != null) {
                    String[] pos = partsOfSpeech(tokens, window);
                    String[] lemmas = lemmas(tokens, lower, pos, window, dictionaryLemmas);
                    String[][] forms = new String[tokens.length][];
                    for (int i = 0; i < tokens.length; i++) {
                        forms[i] = dictionaryForms[i] != null && lemmas[i].equals(dictionaryLemmas[i])
                                ? dictionaryForms[i] : WordForms.of(lower[i], lemmas[i]);
                    }
                    coded.addAll(coder.code(sentence, tokens, lower, pos, lemmas, forms, verbal, mentions, bareRoles));
                }
            }
        }
        List<ActorTag> actors = counts.values().stream()
                .sorted(Comparator.comparingInt((Count c) -> -c.mentions).thenComparing(c -> c.code))
                .map(c -> new ActorTag(c.code, c.country, c.role, c.name, c.mentions))
                .toList();
        List<EventTag> events = coded.stream().map(EventCoder.CodedEvent::tag).toList();
        List<String> unresolvedList = unresolved.stream().limit(settings.maxUnresolved()).toList();
        return new Run(new ArticleTags(actors, events, unresolvedList), coded, evidence, headlineNotes);
    }

    /**
     * Words within {@value #WINDOW} of a possible trigger (a word whose form starts some pattern), or null when
     * the sentence has none. Only these are tagged: OpenNLP's POS features look two words either way, so a window
     * of two gives the trigger nearly the tag a whole-sentence run would, at a fraction of the cost. Capitalised
     * words inside a sentence are names, not triggers. Fills in each word's dictionary lemma and forms that it
     * looks at (the others stay null).
     */
    private boolean[] triggerWindows(String[] tokens, String[] lower, boolean[] verbal, String[] dictionaryLemmas,
                                     String[][] dictionaryForms) {
        boolean[] window = null;
        EventPatterns patterns = dictionaries.patterns();
        for (int i = 0; i < lower.length; i++) {
            if (i > 0 && Character.isUpperCase(tokens[i].charAt(0)) && !lower[i - 1].equals("\"")) continue;
            boolean head = false;
            boolean needsTag = false;
            dictionaryLemmas[i] = patterns.lemma(lower[i], null);
            dictionaryForms[i] = WordForms.of(lower[i], dictionaryLemmas[i]);
            for (String form : dictionaryForms[i]) {
                // Generated patterns fire only on a word in a verb's place (EventCoder), so elsewhere their thousands
                // of trigger words cost no tagging; in a verb's place they get a window, for the model's lemma.
                if (patterns.onlyGeneratedHead(form)) {
                    if (verbal[i]) {
                        head = true;
                        needsTag = true;
                    }
                    continue;
                }
                if (patterns.isHead(form)) {
                    head = true;
                    needsTag |= patterns.needsTag(form);
                }
            }
            if (!head) continue;
            if (window == null) window = new boolean[lower.length];
            // A word in a verb's place ("Russia accused", "will meet") needs no tag unless a noun pattern wants it.
            if (verbal[i] && !needsTag) continue;
            for (int k = Math.max(0, i - WINDOW); k <= Math.min(lower.length - 1, i + WINDOW); k++) window[k] = true;
        }
        return window;
    }

    /** Tags each run of window words on its own; words outside every window get "X" (unknown). */
    private String[] partsOfSpeech(String[] tokens, boolean[] window) {
        String[] pos = new String[tokens.length];
        java.util.Arrays.fill(pos, "X");
        int i = 0;
        while (i < tokens.length) {
            if (!window[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.length && window[i]) i++;
            String[] tags = analyzer.partsOfSpeech(java.util.Arrays.copyOfRange(tokens, start, i));
            System.arraycopy(tags, 0, pos, start, tags.length);
        }
        return pos;
    }

    /**
     * Lemmas of the words that may take part in a pattern; the rest keep their lower-cased form. OpenNLP's
     * lemmatizer is by far the slowest step, so it only sees words it has not lemmatized before (with that tag).
     */
    private String[] lemmas(String[] tokens, String[] lower, String[] pos, boolean[] window,
                            String[] dictionaryLemmas) {
        String[] out = new String[tokens.length];
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            out[i] = dictionaryLemmas[i] != null ? dictionaryLemmas[i] : dictionaries.patterns().lemma(lower[i], null);
            if (!window[i] || !dictionaries.patterns().mayMatter(lower[i])) continue;
            String cached = lemmaCache.get(lower[i] + '\t' + pos[i]);
            if (cached != null) out[i] = cached;
            else unknown.add(i);
        }
        if (!unknown.isEmpty()) {
            String[] t = new String[unknown.size()];
            String[] p = new String[unknown.size()];
            for (int k = 0; k < t.length; k++) {
                t[k] = tokens[unknown.get(k)];
                p[k] = pos[unknown.get(k)];
            }
            String[] model = analyzer.lemmas(t, p);
            for (int k = 0; k < t.length; k++) {
                int i = unknown.get(k);
                out[i] = dictionaries.patterns().lemma(lower[i], model[k]);
                lemmaCache.put(lower[i] + '\t' + pos[i], out[i]);
            }
        }
        return out;
    }

    /** Runs of capitalised words outside every actor mention; a lone capitalised first word is just a sentence start. */
    private void collectUnresolved(String[] tokens, String[] lower, List<ActorMention> mentions, Set<String> out) {
        boolean[] covered = new boolean[tokens.length];
        for (ActorMention m : mentions) for (int i = m.start(); i < m.end(); i++) covered[i] = true;
        int i = 0;
        while (i < tokens.length) {
            if (covered[i] || !nameWord(tokens[i], lower[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.length && !covered[i] && nameWord(tokens[i], lower[i])) i++;
            if (i - start == 1 && sentenceStart(tokens, start)) continue;
            out.add(ActorRecognizer.join(tokens, start, i));
        }
    }

    /** First word of the sentence, or of a quotation or clause inside it. */
    private static boolean sentenceStart(String[] tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (Character.isLetterOrDigit(tokens[k].charAt(0))) return false;
            if (!tokens[k].equals(",")) return true;
        }
        return true;
    }

    private boolean nameWord(String token, String lower) {
        return token.length() > 1 && Character.isUpperCase(token.charAt(0)) && Character.isLetter(token.charAt(1))
                && !dictionaries.ignored().contains(lower);
    }

    /** Counts for the documentation and the benchmark: phrases, patterns, CAMEO codes. */
    public String dictionarySummary() {
        return dictionaries.actors().phraseCount() + " actor phrases, " + dictionaries.patterns().size()
                + " event patterns, " + dictionaries.codes().size() + " CAMEO codes";
    }

    public boolean isOrganisation(String code) {
        return dictionaries.actors().isOrganisation(code);
    }

    public boolean isCountry(String code) {
        return Objects.nonNull(code) && dictionaries.actors().isCountry(code);
    }
}
