package org.appeals.routing.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.appeals.routing.classify.Classifier;

/**
 * Runs the shipped classifier over a JSONL file of labelled appeals and prints category, municipality and joint
 * accuracy, a confusion table, the triage rate and the misses. Usage: {@code AccuracyReport <file.jsonl>}.
 */
public final class AccuracyReport {

    private static final int SHOWN_TEXT = 90;

    private AccuracyReport() {
    }

    /** Prints the report for the file named by the first argument; exits 2 when it cannot be read. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: AccuracyReport <labelled-appeals.jsonl>");
            System.exit(2);
        }
        List<LabelledAppeal> appeals = LabelledAppealsFile.read(Path.of(args[0]));
        print(run(Classifier.standard(), new TriageRule(TriageRule.DEFAULT_MIN_CONFIDENCE), appeals), System.out);
    }

    static List<Outcome> run(Classifier classifier, TriageRule rule, List<LabelledAppeal> appeals) {
        return appeals.stream().map(appeal -> {
            var classification = classifier.classify(appeal.text(), null);
            return new Outcome(appeal, classification, rule.toTriage(classification));
        }).toList();
    }

    static void print(List<Outcome> outcomes, PrintStream out) {
        Accuracy accuracy = Accuracy.of(outcomes);
        out.printf(Locale.ROOT, "appeals: %d%n", accuracy.appeals());
        out.printf(Locale.ROOT, "category accuracy:     %5.1f %% (%d)%n", 100 * accuracy.category(),
                accuracy.categoryRight());
        out.printf(Locale.ROOT, "municipality accuracy: %5.1f %% (%d)%n", 100 * accuracy.municipality(),
                accuracy.municipalityRight());
        out.printf(Locale.ROOT, "both right:            %5.1f %% (%d)%n", 100 * accuracy.both(), accuracy.bothRight());
        out.printf(Locale.ROOT, "triage rate:           %5.1f %% (%d)%n", 100 * accuracy.triageRate(),
                accuracy.triage());
        out.println();
        out.print(new ConfusionTable(outcomes).render());
        out.println();
        out.println("misses:");
        outcomes.stream().filter(o -> !o.categoryRight() || !o.municipalityRight()).forEach(o -> out.println(miss(o)));
    }

    private static String miss(Outcome outcome) {
        LabelledAppeal appeal = outcome.appeal();
        String text = appeal.text().length() > SHOWN_TEXT ? appeal.text().substring(0, SHOWN_TEXT) + "…" : appeal.text();
        return String.format(Locale.ROOT, "  %s: %s/%s -> %s/%s (%.2f/%.2f)%s  %s", appeal.externalId(),
                appeal.category(), appeal.municipality(), outcome.classification().category(),
                outcome.classification().municipality(), outcome.classification().categoryConfidence(),
                outcome.classification().municipalityConfidence(), outcome.triage() ? " triage" : "",
                text.replace('\n', ' '));
    }
}
