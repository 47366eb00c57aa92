package org.appeals.routing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appeals.contracts.Category;
import org.appeals.routing.classify.Classifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report over a small labelled file: its figures, confusion table, triage rate and misses. */
class AccuracyReportTest {

    private static final String FILE = """
            {"channel":"VK","externalId":"a1","text":"Огромная яма на дороге в Михайловке","category":"ROADS","municipality":"MIKHAILOVKA"}
            {"channel":"VK","externalId":"a2","text":"В Камышине нет горячей воды, УК молчит","category":"HOUSING","municipality":"KAMYSHIN"}

            {"channel":"VK","externalId":"a3","text":"Бездомные собаки во дворе в Урюпинске","category":"ANIMALS","municipality":"VOLZHSKY"}
            {"channel":"VK","externalId":"a4","text":"ну и?","category":"ROADS","municipality":"UNKNOWN"}
            """;

    @TempDir
    Path dir;

    @Test
    void printsAccuracyConfusionTriageRateAndMisses() throws IOException {
        List<Outcome> outcomes = AccuracyReport.run(Classifier.standard(), new TriageRule(0.35), read(FILE));
        String printed = print(outcomes);

        assertThat(printed).contains("appeals: 4", "category accuracy:      75.0 % (3)",
                "municipality accuracy:  75.0 % (3)", "both right:             50.0 % (2)",
                "triage rate:            25.0 % (1)");
        assertThat(new ConfusionTable(outcomes).cell(Category.ROADS, Category.OTHER)).isEqualTo(1);
        assertThat(new ConfusionTable(outcomes).cell(Category.ROADS, Category.ROADS)).isEqualTo(1);
        assertThat(printed).contains("exp\\got ROAD HOUS", "  a3: ANIMALS/VOLZHSKY -> ANIMALS/URYUPINSK",
                "  a4: ROADS/UNKNOWN -> OTHER/UNKNOWN (0.00/0.00) triage");
        assertThat(printed).doesNotContain("  a1:", "  a2:");
    }

    @Test
    void aBrokenLineIsReportedWithItsNumber() throws IOException {
        assertThatThrownBy(() -> read("{\"text\":\"яма\",\"category\":\"ROADS\",\"municipality\":\"UNKNOWN\"}\n{oops"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> read("{\"text\":\"яма\",\"category\":\"ROADS\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1 needs");
    }

    @Test
    void triageTakesOtherUnsureAndMunicipalTopicsWithoutAMunicipality() {
        TriageRule rule = new TriageRule(0.35);
        Classifier classifier = Classifier.standard();

        assertThat(rule.toTriage(classifier.classify("ну и?", null))).isTrue();
        assertThat(rule.toTriage(classifier.classify("Огромная яма на дороге", null))).isTrue();
        assertThat(rule.toTriage(classifier.classify("Бездомные собаки кусаются", null))).isFalse();
        assertThat(rule.toTriage(classifier.classify("Огромная яма на дороге в Михайловке", null))).isFalse();
    }

    private List<LabelledAppeal> read(String content) throws IOException {
        Path file = dir.resolve("appeals.jsonl");
        Files.writeString(file, content);
        return LabelledAppealsFile.read(file);
    }

    private static String print(List<Outcome> outcomes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AccuracyReport.print(outcomes, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
