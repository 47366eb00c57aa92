package org.appeals.routing.classify;

/**
 * How sure a score makes us, 0..1: more weight found means more evidence (saturating with the vocabulary's scale),
 * and a leader that shares the text with rivals is less sure than one alone.
 */
final class Evidence {

    private Evidence() {
    }

    static double confidence(double leaderScore, double totalScore, double scale) {
        if (leaderScore <= 0 || totalScore <= 0) {
            return 0;
        }
        double strength = 1 - Math.exp(-leaderScore / scale);
        return strength * (leaderScore / totalScore);
    }
}
