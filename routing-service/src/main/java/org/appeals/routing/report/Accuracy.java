package org.appeals.routing.report;

import java.util.List;
import java.util.function.Predicate;

/** The figures of a report: shares of appeals right by category, municipality and both, and sent to triage. */
record Accuracy(int appeals, int categoryRight, int municipalityRight, int bothRight, int triage) {

    static Accuracy of(List<Outcome> outcomes) {
        return new Accuracy(outcomes.size(), count(outcomes, Outcome::categoryRight),
                count(outcomes, Outcome::municipalityRight),
                count(outcomes, o -> o.categoryRight() && o.municipalityRight()), count(outcomes, Outcome::triage));
    }

    double category() {
        return share(categoryRight);
    }

    double municipality() {
        return share(municipalityRight);
    }

    double both() {
        return share(bothRight);
    }

    double triageRate() {
        return share(triage);
    }

    private double share(int count) {
        return appeals == 0 ? 0 : count / (double) appeals;
    }

    private static int count(List<Outcome> outcomes, Predicate<Outcome> right) {
        return (int) outcomes.stream().filter(right).count();
    }
}
