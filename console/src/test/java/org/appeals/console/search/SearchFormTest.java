package org.appeals.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.DefaultUriBuilderFactory;

class SearchFormTest {

    private static SearchForm form(String... namesAndValues) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return SearchForm.of(params);
    }

    /** As the console's HTTP client expands it (RestClient's default: template and values encoded). */
    private static String expanded(ApiQuery query) {
        return new DefaultUriBuilderFactory().expand(query.template(), query.variables()).toString();
    }

    @Test
    void sendsOnlyTheFiltersThatAreSetWithRepeatedStatuses() {
        SearchForm form = form("q", " ямы на дорогах ", "status", "ASSIGNED", "status", "IN_PROGRESS",
                "category", "ROADS", "municipality", "", "overdue", "true", "from", "2026-11-01", "sort", "due");

        ApiQuery query = form.apiQuery();

        assertThat(query.template()).isEqualTo("/api/v1/appeals?q={q0}&status={status0}&status={status1}"
                + "&category={category0}&from={from0}&overdue={overdue0}&sort={sort0}");
        assertThat(query.variables()).containsEntry("q0", "ямы на дорогах").containsEntry("status1", "IN_PROGRESS");
        assertThat(expanded(query)).isEqualTo("/api/v1/appeals?q=%D1%8F%D0%BC%D1%8B%20%D0%BD%D0%B0%20"
                + "%D0%B4%D0%BE%D1%80%D0%BE%D0%B3%D0%B0%D1%85&status=ASSIGNED&status=IN_PROGRESS&category=ROADS"
                + "&from=2026-11-01&overdue=true&sort=due");
    }

    @Test
    void anEmptyFormAsksForTheFirstPageInIntakesDefaultOrder() {
        SearchForm form = form();

        assertThat(form.apiQuery().template()).isEqualTo("/api/v1/appeals");
        assertThat(form.order()).isEqualTo("newest");
        assertThat(form.link(0, "")).isEqualTo("/search");
    }

    @Test
    void keepsWhatAPersonTypedWholeEvenWithQuerySeparatorsInIt() {
        ApiQuery query = form("q", "a&b=c+d", "id", "1a2b3c4d").apiQuery();

        assertThat(expanded(query)).isEqualTo("/api/v1/appeals?q=a%26b%3Dc%2Bd&id=1a2b3c4d");
    }

    @Test
    void pagesKeepTheFiltersAndTheOrder() {
        SearchForm form = form("q", "яма", "status", "ASSIGNED", "status", "REOPENED", "page", "2", "sort", "oldest");

        assertThat(form.link(3, form.sort()))
                .isEqualTo("/search?q=%D1%8F%D0%BC%D0%B0&status=ASSIGNED&status=REOPENED&page=3&sort=oldest");
        assertThat(form.apiQuery().variables()).containsEntry("page0", "2");
    }

    @Test
    void aNewOrderStartsOnTheFirstPageWithTheSameFilters() {
        SearchForm form = form("channel", "VK", "page", "4", "sort", "newest");

        assertThat(form.sortLink("due")).isEqualTo("/search?channel=VK&sort=due");
        assertThat(form.link(0, "oldest")).isEqualTo("/search?channel=VK&sort=oldest");
    }

    @Test
    void dropsBlankStatusesAndRepeatsButRemembersTheChosenOnes() {
        SearchForm form = form("status", "", "status", "CLOSED", "status", "CLOSED");

        assertThat(form.statuses()).containsExactly("CLOSED");
        assertThat(form.hasStatus("CLOSED")).isTrue();
        assertThat(form.hasStatus("TRIAGE")).isFalse();
        assertThat(form.apiQuery().variables()).isEqualTo(Map.of("status0", "CLOSED"));
    }
}
