package org.newsagg.streams.tagging;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search of size 1, without the search: the same sequence {@code new BeamSearch(1, model)} returns,
 * found by taking the most probable outcome at each word. With a beam of one, {@link BeamSearch} sorts every word's
 * outcome scores to find the best (a sixth of the POS tagger's CPU time in the profile of docs/tagging.md, "Tagging's
 * cost, third pass") and copies its one sequence into a priority queue and back; the outcome it keeps is the only
 * one with the highest score. Wherever that would not decide alone (two outcomes share the highest score, the
 * validator rejects the best, a score is not a number, or the sequence's score falls to {@link BeamSearch}'s floor),
 * the whole sequence is handed to a {@link BeamSearch} of size 1, so the result is always the beam search's.
 *
 * <p>Shared by every tagger of the JVM (it is the POS model's sequence model): it keeps no state between calls.
 */
final class GreedySequenceModel implements SequenceClassificationModel {

    /** {@link BeamSearch}'s minimum sequence score for {@code bestSequence} (its {@code zeroLog}). */
    private static final double MIN_SEQUENCE_SCORE = -100_000;

    private final MaxentModel model;

    GreedySequenceModel(MaxentModel model) {
        this.model = model;
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
                                     SequenceValidator<T> validator) {
        Object[] context = additionalContext == null ? new Object[0] : additionalContext;
        double[] probs = new double[model.getNumOutcomes()];
        Sequence best = new Sequence();
        String[] outcomes = new String[sequence.length];
        for (int i = 0; i < sequence.length; i++) {
            String[] previous = java.util.Arrays.copyOf(outcomes, i);
            double[] scores = model.eval(cg.getContext(i, sequence, previous, context), probs);
            int top = onlyHighest(scores);
            if (top < 0) return beamSearch(sequence, additionalContext, cg, validator);
            String outcome = model.getOutcome(top);
            if (!validator.validSequence(i, sequence, previous, outcome)) {
                return beamSearch(sequence, additionalContext, cg, validator);
            }
            Sequence next = new Sequence(best, outcome, scores[top]);
            if (!(next.getScore() > MIN_SEQUENCE_SCORE)) return beamSearch(sequence, additionalContext, cg, validator);
            best = next;
            outcomes[i] = outcome;
        }
        return best;
    }

    /** The index of the one highest score, or -1 when two share it or a score is not a number. */
    private static int onlyHighest(double[] scores) {
        int top = -1;
        boolean shared = false;
        for (int p = 0; p < scores.length; p++) {
            double s = scores[p];
            if (Double.isNaN(s)) return -1;
            if (top < 0 || s > scores[top]) {
                top = p;
                shared = false;
            } else if (s == scores[top]) {
                shared = true;
            }
        }
        return shared ? -1 : top;
    }

    /**
     * The beam search itself, on a copy of the words: OpenNLP's feature caches are keyed on the array's identity,
     * so a copy starts them empty, as a fresh call to the tagger would.
     */
    private <T> Sequence beamSearch(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
                                    SequenceValidator<T> validator) {
        return new BeamSearch(1, model).bestSequence(sequence.clone(), additionalContext, cg, validator);
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        double minSequenceScore, BeamSearchContextGenerator<T> cg,
                                        SequenceValidator<T> validator) {
        return new BeamSearch(1, model).bestSequences(numSequences, sequence, additionalContext, minSequenceScore, cg,
                validator);
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return new BeamSearch(1, model).bestSequences(numSequences, sequence, additionalContext, cg, validator);
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) outcomes[i] = model.getOutcome(i);
        return outcomes;
    }
}
