package org.appeals.routing.classify;

/**
 * How sure a score makes us, 0..1: more weight found means more evidence (saturating with the vocabulary's scale),
 * and a leader that shares the text with a rival is less sure than one alone. The share counts by its square root:
 * a clear 3-to-2 lead is still a fair guess (about 0.77 of the evidence), a tie about 0.71, a lone leader 1.
 */
final class Evidence {

    private Evidence() {
    }

    static double confidence(double leaderScore, double totalScore, double scale) {
        if (leaderScore <= 0 || totalScore <= 0) {
            return 0;
        }
        double strength = 1 - Math.exp(-leaderScore / scale);
        return strength * Math.sqrt(leaderScore / totalScore);
    }
}
