package org.newsagg.streams.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Apache OpenNLP's English UD models: sentences, tokens, parts of speech and lemmas. The models are loaded once per
 * JVM and shared; the ME wrappers around them are not thread-safe, so each tagger owns one analyzer.
 */
final class TextAnalyzer {

    private static final String[] POSSESSIVES = {"'s", "’s"};
    private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final class Models {
        static final SentenceModel SENTENCE_MODEL = read(SENTENCES, SentenceModel::new);
        static final TokenizerModel TOKENIZER_MODEL = read(TOKENS, TokenizerModel::new);
        static final POSModel POS_MODEL = read(POS, POSModel::new);
        static final LemmatizerModel LEMMATIZER_MODEL = read(LEMMAS, LemmatizerModel::new);
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private final SentenceDetectorME sentences = new SentenceDetectorME(Models.SENTENCE_MODEL);
    private final TokenizerME tokenizer = new TokenizerME(Models.TOKENIZER_MODEL);
    private final POSTaggerME tagger = new POSTaggerME(Models.POS_MODEL);
    private final LemmatizerME lemmatizer = new LemmatizerME(Models.LEMMATIZER_MODEL);

    String[] sentences(String text) {
        return sentences.sentDetect(text);
    }

    /**
     * Tokens as the patterns expect them: the UD model keeps "Russia's" and a sentence's last "Kharkiv." whole, so
     * the possessive and the final full stop are split off.
     */
    String[] tokens(String sentence) {
        String[] raw = tokenizer.tokenize(sentence);
        List<String> out = new ArrayList<>(raw.length + 4);
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i];
            boolean last = i == raw.length - 1;
            if (last && t.length() > 1 && t.endsWith(".") && t.indexOf('.') == t.length() - 1) {
                splitPossessive(t.substring(0, t.length() - 1), out);
                out.add(".");
            } else {
                splitPossessive(t, out);
            }
        }
        return out.toArray(String[]::new);
    }

    private static void splitPossessive(String t, List<String> out) {
        for (String mark : POSSESSIVES) {
            if (t.length() > mark.length() && t.endsWith(mark)) {
                out.add(t.substring(0, t.length() - mark.length()));
                out.add(mark);
                return;
            }
        }
        out.add(t);
    }

    String[] partsOfSpeech(String[] tokens) {
        return tagger.tag(tokens);
    }

    String[] lemmas(String[] tokens, String[] pos) {
        return lemmatizer.lemmatize(tokens, pos);
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
