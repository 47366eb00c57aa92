package org.appeals.routing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.appeals.routing.classify.Classifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classifier's figures on the labelled evaluation sets. The vocabulary was tuned on the dev set and the shared
 * samples only; the holdout set is unseen text, and its thresholds are what the classifier reaches today (category
 * 89.3 % against the 90 % target, triage 11.4 % against 10 %; municipality 97.9 % meets its 95 %), so that a change that makes it worse fails here.
 */
class EvaluationSetsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"../../shared/samples/appeals-sample.jsonl, 0.96, 0.96, 0.07",
            "src/test/resources/evaluation/appeals-dev.jsonl, 0.96, 0.98, 0.08",
            "src/test/resources/evaluation/appeals-holdout.jsonl, 0.89, 0.97, 0.12"})
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
