package org.appeals.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.appeals.console.platform.PlatformProblem;
import org.junit.jupiter.api.Test;

class SearchProblemsTest {

    @Test
    void showsTheRussianMessageWithIntakesWordsAboveTheForm() {
        Map<String, String> errors = SearchProblems.errors(
                new PlatformProblem(400, "Parameter 'status' must be one of [RECEIVED, TRIAGE]."));

        assertThat(errors.get(SearchProblems.FORM)).isEqualTo("Данные не приняты: проверьте заполнение полей. "
                + "(Parameter 'status' must be one of [RECEIVED, TRIAGE].)");
        assertThat(errors).containsEntry("search-status", "Проверьте это поле.");
    }

    @Test
    void marksTheControlIntakeNames() {
        // intake's SearchParameters: "Parameter '<name>' <problem>"
        assertThat(SearchProblems.control("Parameter 'from' must be before 'to'.")).isEqualTo("search-from");
        assertThat(SearchProblems.control("Parameter 'to' must be an ISO date (2026-11-20) or instant "
                + "(2026-11-20T08:15:00Z).")).isEqualTo("search-to");
        assertThat(SearchProblems.control("Parameter 'page' reaches past the first 10000 appeals; narrow the "
                + "filters instead.")).isEqualTo(SearchProblems.FORM);
        // and other wordings, should they change
        assertThat(SearchProblems.control("from must be an ISO date (2026-12-01).")).isEqualTo("search-from");
        assertThat(SearchProblems.control("Parameter municipality: unknown code ATLANTIS."))
                .isEqualTo("search-municipality");
        assertThat(SearchProblems.control("\"id\" is neither a UUID nor 8 or more hex digits."))
                .isEqualTo("search-id");
        assertThat(SearchProblems.control("size must be between 1 and 100.")).isEqualTo(SearchProblems.FORM);
    }

    @Test
    void aDetailThatNamesNoParameterMarksNoControl() {
        assertThat(SearchProblems.control("The search is not available.")).isNull();
        assertThat(SearchProblems.control(null)).isNull();
        assertThat(SearchProblems.errors(new PlatformProblem(400, null))).containsOnlyKeys(SearchProblems.FORM);
    }
}
