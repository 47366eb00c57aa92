package org.appeals.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.routing.directory.Directory;
import org.appeals.routing.directory.Placement;
import org.appeals.routing.directory.RoutingRules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The 32 labelled appeals of shared/samples, which sits beside the repository in the work tree and in CI. */
class LabelledSamplesTest {

    static final Path SAMPLES = Path.of("../../shared/samples/appeals-sample.jsonl");

    record Sample(String channel, String externalId, String text, Category category, Municipality municipality) {
    }

    private final Classifier classifier = Classifier.standard();

    @Test
    void atLeastNinetyPercentOfCategoriesAndNinetyFivePercentOfMunicipalitiesAreRight() throws IOException {
        List<Sample> samples = samples();
        long categories = samples.stream()
                .filter(s -> classifier.classify(s.text(), null).category() == s.category()).count();
        long municipalities = samples.stream()
                .filter(s -> classifier.classify(s.text(), null).municipality() == s.municipality()).count();

        assertThat(samples).hasSize(32);
        assertThat(categories).as("categories right").isGreaterThanOrEqualTo(Math.round(Math.ceil(0.90 * 32)));
        assertThat(municipalities).as("municipalities right").isGreaterThanOrEqualTo(Math.round(Math.ceil(0.95 * 32)));
    }

    @Test
    void samplesWithNoMunicipalityNeverReachAnOkrugsDepartment() throws IOException {
        RoutingRules rules = new RoutingRules(Directory.standard(), 0.35);
        List<Sample> unknown = samples().stream().filter(s -> s.municipality() == Municipality.UNKNOWN).toList();

        assertThat(unknown).hasSize(2);
        for (Sample sample : unknown) {
            Placement placement = rules.place(classifier.classify(sample.text(), null));
            assertThat(placement.department() == null || placement.department().regional())
                    .as(sample.externalId()).isTrue();
        }
    }

    static List<Sample> samples() throws IOException {
        assertThat(SAMPLES).as("shared samples beside the repository").exists();
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return Files.readAllLines(SAMPLES).stream()
                .filter(line -> !line.isBlank())
                .map(line -> json.readValue(line, Sample.class))
                .toList();
    }
}
