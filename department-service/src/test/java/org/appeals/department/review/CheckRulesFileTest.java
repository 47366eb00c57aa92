package org.appeals.department.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckRulesFileTest {

    @Test
    void readsThresholdsAndPhrasesFromTheRulesFile() {
        CheckRules rules = CheckRulesFile.load(CheckRulesFile.DEFAULT);

        assertThat(rules.tooShort().minMeaningfulWords()).isPositive();
        assertThat(rules.formalOnly().phrases()).anyMatch(phrase -> phrase.contains("сведению"));
        assertThat(rules.lawInsteadOfAnswer().minShare()).isBetween(0.0, 1.0);
    }

    @Test
    void missingRulesFileStopsStartUp() {
        assertThatThrownBy(() -> CheckRulesFile.load("review/no-such-file.json"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not found");
    }
}
