package org.newsagg.streams.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's English UD models: sentences, tokens, parts of speech and lemmas. The models are loaded once per
 * JVM and shared; the ME wrappers around them are not thread-safe, so each tagger owns one analyzer.
 */
final class TextAnalyzer {

    private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String POS_ARTIFACT = "pos.model";
    private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final class Models {
        static final SentenceModel SENTENCE_MODEL = read(SENTENCES, SentenceModel::new);
        static final POSModel POS_MODEL = greedy(read(POS, POSModel::new));
        static final LemmatizerModel LEMMATIZER_MODEL = read(LEMMAS, LemmatizerModel::new);
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private final SentenceDetectorME sentences = new SentenceDetectorME(Models.SENTENCE_MODEL);
    private final POSTaggerME tagger = new POSTaggerME(Models.POS_MODEL);
    private final LemmatizerME lemmatizer = new LemmatizerME(Models.LEMMATIZER_MODEL);

    String[] sentences(String text) {
        String[] found = sentences.sentDetect(text);
        // "Gunman Kills L. A. Deputy": an initial ("L.", "J.") ends no sentence; the detector splits after some.
        List<String> out = new ArrayList<>(found.length);
        for (String s : found) {
            int last = out.size() - 1;
            if (last >= 0 && endsWithInitial(out.get(last))) out.set(last, out.get(last) + " " + s);
            else out.add(s);
        }
        return out.size() == found.length ? found : out.toArray(String[]::new);
    }

    /** Whether a sentence ends with a lone capital and a full stop after a space or at its start ("L. A."). */
    private static boolean endsWithInitial(String s) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == '.' && Character.isUpperCase(s.charAt(n - 2)) && s.charAt(n - 2) != 'I'
                && (n == 2 || s.charAt(n - 3) == ' ');
    }

    /**
     * Tokens as the patterns and dictionaries expect them. OpenNLP's rule-based {@link SimpleTokenizer} is used
     * rather than the UD maxent tokenizer, which cost as much as POS tagging (it classifies every character); its
     * output is repaired where news needs it: "U.S." and "Mr." stay whole, "Russia's" gives "Russia" + "'s" and
     * "didn't" gives "did" + "n't".
     */
    String[] tokens(String sentence) {
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(sentence);
        String[] raw = Span.spansToStrings(spans, sentence);
        List<String> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i];
            int last = out.size() - 1;
            String prev = last >= 0 ? out.get(last) : null;
            boolean glued = i > 0 && spans[i].getStart() == spans[i - 1].getEnd();
            boolean prevGlued = i > 1 && spans[i - 1].getStart() == spans[i - 2].getEnd();
            if (glued && prevGlued && Character.isDigit(t.charAt(0)) && (",".equals(prev) || ".".equals(prev))
                    && last >= 1 && Character.isDigit(out.get(last - 1).charAt(out.get(last - 1).length() - 1))) {
                // "25,000" and "6.8" are one number, not three tokens.
                out.remove(last);
                out.set(last - 1, out.get(last - 1) + prev + t);
            } else if (t.equals(".") && glued && prev != null && abbreviation(prev) && !lastOfSentence(raw, i)) {
                out.set(last, prev + ".");
            } else if (t.equals(".") && glued && prev != null && initials(prev)) {
                out.set(last, prev + ".");
            } else if (glued && prev != null && initials(prev) && t.length() == 1 && Character.isUpperCase(t.charAt(0))) {
                out.set(last, prev + t);
            } else if ((t.equals("s") || t.equals("S")) && glued && prev != null && APOSTROPHES.contains(prev)) {
                out.set(last, "'s");
            } else if (t.equals("t") && glued && prev != null && APOSTROPHES.contains(prev) && last >= 1
                    && out.get(last - 1).endsWith("n")) {
                String word = out.get(last - 1);
                out.set(last - 1, word.substring(0, word.length() - 1));
                out.set(last, "n't");
            } else {
                out.add(t);
            }
        }
        return out.toArray(String[]::new);
    }

    private static final Set<String> APOSTROPHES = Set.of("'", "’");
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep",
            "Jr", "Sr", "Lt", "Col", "Sgt", "Prof", "Gov", "Capt", "Maj", "Adm", "Rev", "No", "Sec", "Dept");

    /** "U" or "U.S" so far: single capitals joined by full stops. */
    private static boolean initials(String t) {
        if (t.length() == 1) return Character.isUpperCase(t.charAt(0));
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (k % 2 == 0 ? !Character.isUpperCase(c) : c != '.') return false;
        }
        return true;
    }

    private static boolean abbreviation(String t) {
        return ABBREVIATIONS.contains(t);
    }

    private static boolean lastOfSentence(String[] raw, int i) {
        return i == raw.length - 1;
    }


    String[] partsOfSpeech(String[] tokens) {
        return tagger.tag(tokens);
    }

    String[] lemmas(String[] tokens, String[] pos) {
        return lemmatizer.lemmatize(tokens, pos);
    }

    /**
     * The same POS model decoded greedily (beam size 1 instead of 3): the beam search dominated the tagger's CPU
     * profile, greedy decoding is several times faster, and only the tag of a possible trigger is used. The beam of
     * one is {@link GreedySequenceModel}, which gives {@code BeamSearch(1)}'s tags without its per-word sort; the
     * manifest's beam size stays 1, which sizes the context generator's cache as before.
     */
    private static POSModel greedy(POSModel model) {
        return new POSModel("en", new GreedySequenceModel((MaxentModel) model.getArtifact(POS_ARTIFACT)),
                Map.of("BeamSize", "1"), model.getFactory());
    }

    private static <T> T read(String name, ModelReader<T> reader) {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream("/" + name)) {
            if (in == null) throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
        }
    }
}
