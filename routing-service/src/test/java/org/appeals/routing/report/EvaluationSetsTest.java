package org.appeals.routing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.appeals.routing.classify.Classifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classifier's figures on the labelled evaluation sets; each threshold is what the classifier reaches today,
 * rounded down, so that a change that makes any set worse fails here. The vocabulary was tuned on the shared samples
 * and the dev sets (dev3 was written fresh for issue 3's follow-up and tuned on after its first run; dev4 was written
 * after that round and tuned on for three words); the holdout set is unseen text, never tuned on (category 89.3 %
 * against the 90 % target; municipality 99.3 % and triage 10.0 % meet theirs).
 */
class EvaluationSetsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"../../shared/samples/appeals-sample.jsonl, 1.00, 1.00, 0.07",
            "src/test/resources/evaluation/appeals-dev.jsonl, 0.98, 0.99, 0.07",
            "src/test/resources/evaluation/appeals-dev2.jsonl, 0.98, 0.99, 0.06",
            "src/test/resources/evaluation/appeals-dev3.jsonl, 0.98, 0.99, 0.08",
            "src/test/resources/evaluation/appeals-dev4.jsonl, 0.98, 0.99, 0.04",
            "src/test/resources/evaluation/appeals-holdout.jsonl, 0.89, 0.99, 0.10"})
    void accuracyAndTriageRateStayWithinTheirBounds(Path file, double category, double municipality, double triage)
            throws IOException {
        List<LabelledAppeal> appeals = LabelledAppealsFile.read(file);
        Accuracy accuracy = Accuracy.of(AccuracyReport.run(Classifier.standard(),
                new TriageRule(TriageRule.DEFAULT_MIN_CONFIDENCE), appeals));

        assertThat(appeals).hasSizeGreaterThanOrEqualTo(30);
        assertThat(accuracy.category()).as("category accuracy").isGreaterThanOrEqualTo(category);
        assertThat(accuracy.municipality()).as("municipality accuracy").isGreaterThanOrEqualTo(municipality);
        assertThat(accuracy.triageRate()).as("triage rate").isLessThanOrEqualTo(triage);
    }
}
