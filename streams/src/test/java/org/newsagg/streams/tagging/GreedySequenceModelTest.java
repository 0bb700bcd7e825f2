package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.Test;

class GreedySequenceModelTest {

    /** Sentences written for this test, in the shapes the tagger meets: headlines, reports, quotes, numbers. */
    private static final List<String> SENTENCES = List.of(
            "Russian forces shelled several villages near the border overnight, local officials said.",
            "Gunmen Kill 12 In Nigerian Village",
            "China accused the United States of interfering in its internal affairs.",
            "Japan to send aid to Ukraine after floods",
            "Police in Lagos arrested twelve people after clashes at a market on Tuesday.",
            "\"We will not sign this deal,\" the minister told reporters in Brussels.",
            "Protesters hurled stones at riot police, who fired tear gas.",
            "The court sentenced the former mayor to six years in prison for corruption.",
            "Iran's foreign minister said talks with the IAEA would resume next week.",
            "Navy foils attack, nabs 26 pirates off Somalia",
            "The U.S. didn't fine Russia's bank 25,000 dollars, Mr. Lee said.",
            "Kyiv faced Russian bombardment as NATO leaders met in Vilnius.",
            "Strikes on Kharkiv leave 3 dead",
            "Turkish ship freed by Libyan rebels",
            "Officials hope to meet again; no date was set.");

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void tagsEveryWindowAsOpenNlpsBeamSearchOfOneDoes() throws IOException {
        POSTaggerME reference = new POSTaggerME(beamOfOne());
        int windows = 0;
        for (String sentence : SENTENCES) {
            String[] tokens = analyzer.tokens(sentence);
            // Every run of up to seven words, as the tagger's windows cut them, and the whole sentence.
            for (int start = 0; start < tokens.length; start++) {
                for (int end = start + 1; end <= Math.min(tokens.length, start + 7); end++) {
                    String[] run = Arrays.copyOfRange(tokens, start, end);
                    assertArrayEquals(reference.tag(run.clone()), analyzer.partsOfSpeech(run), String.join(" ", run));
                    windows++;
                }
            }
            assertArrayEquals(reference.tag(tokens.clone()), analyzer.partsOfSpeech(tokens.clone()), sentence);
        }
        assertEquals(861, windows);
    }

    @Test
    void leavesTiesRejectionsAndEmptySequencesToTheBeamSearch() {
        TieModel model = new TieModel();
        // "tie" scores A and B alike; the validator forbids B after B, which "b" would choose after a B.
        BeamSearchContextGenerator<String> contexts = (i, words, previous, extra) ->
                new String[] {words[i], i == 0 ? "start" : previous[i - 1]};
        SequenceValidator<String> noTwoBs = (i, words, previous, outcome) ->
                !(outcome.equals("B") && i > 0 && previous[i - 1].equals("B"));
        List<String[]> inputs = List.of(new String[] {"a", "b", "c"}, new String[] {"tie", "b", "a"},
                new String[] {"b", "b", "b"}, new String[] {"a", "tie", "tie", "c"}, new String[] {});
        for (String[] words : inputs) {
            Sequence expected = new BeamSearch(1, model).bestSequence(words.clone(), null, contexts, noTwoBs);
            Sequence actual = new GreedySequenceModel(model).bestSequence(words, null, contexts, noTwoBs);
            assertEquals(expected.getOutcomes(), actual.getOutcomes(), String.join(" ", words));
            assertEquals(expected.getScore(), actual.getScore(), 0.0, String.join(" ", words));
        }
        // The best outcome rejected: the beam search takes the best valid one instead.
        assertEquals(List.of("B", "C", "B"), new GreedySequenceModel(model)
                .bestSequence(new String[] {"b", "b", "b"}, null, contexts, noTwoBs).getOutcomes());
    }

    private static POSModel beamOfOne() throws IOException {
        try (InputStream in = GreedySequenceModelTest.class.getResourceAsStream(
                "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            POSModel model = new POSModel(in);
            return new POSModel("en", (MaxentModel) model.getArtifact("pos.model"), 1, null, model.getFactory());
        }
    }

    /** Three outcomes; the first context word decides the scores, "tie" scoring A and B alike. */
    private static final class TieModel implements MaxentModel {
        private static final String[] OUTCOMES = {"A", "B", "C"};

        @Override
        public double[] eval(String[] context) {
            return eval(context, new double[OUTCOMES.length]);
        }

        @Override
        public double[] eval(String[] context, double[] probs) {
            double[] scores = switch (context[0]) {
                case "tie" -> new double[] {0.4, 0.4, 0.2};
                case "b" -> new double[] {0.2, 0.5, 0.3};
                case "c" -> new double[] {0.1, 0.2, 0.7};
                default -> new double[] {0.6, 0.3, 0.1};
            };
            System.arraycopy(scores, 0, probs, 0, scores.length);
            return probs;
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return eval(context);
        }

        @Override
        public String getBestOutcome(double[] outcomes) {
            int best = 0;
            for (int i = 1; i < outcomes.length; i++) if (outcomes[i] > outcomes[best]) best = i;
            return OUTCOMES[best];
        }

        @Override
        public String getAllOutcomes(double[] outcomes) {
            return Arrays.toString(outcomes);
        }

        @Override
        public String getOutcome(int i) {
            return OUTCOMES[i];
        }

        @Override
        public int getIndex(String outcome) {
            return Arrays.asList(OUTCOMES).indexOf(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return OUTCOMES.length;
        }
    }
}
