package org.appeals.intake.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Municipality;
import org.appeals.intake.appeal.AppealStatus;
import org.appeals.support.web.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class SearchParametersTest {

    @Test
    void nothingGivenIsTheNewestFirstPageOfTwentyFive() {
        SearchParameters.Search search = SearchParameters.parse(new LinkedMultiValueMap<>());

        assertThat(search.criteria()).isEqualTo(SearchCriteria.NONE);
        assertThat(search.page()).isZero();
        assertThat(search.size()).isEqualTo(25);
        assertThat(search.order()).isEqualTo(SortOrder.NEWEST);
    }

    @Test
    void statusesRepeatOrComeSeparatedByCommas() {
        SearchCriteria criteria = parse("status", "triage,IN_REVIEW", "status", "REOPENED").criteria();

        assertThat(criteria.statuses())
                .containsExactlyInAnyOrder(AppealStatus.TRIAGE, AppealStatus.IN_REVIEW, AppealStatus.REOPENED);
    }

    @Test
    void aDateIsThatDayInVolgograd() {
        SearchCriteria criteria = parse("from", "2026-11-20", "to", "2026-11-20").criteria();

        assertThat(criteria.from()).isEqualTo(Instant.parse("2026-11-19T21:00:00Z"));
        assertThat(criteria.to()).isEqualTo(Instant.parse("2026-11-20T21:00:00Z"));
        assertThat(parse("from", "2026-11-20T08:15:00+03:00").criteria().from())
                .isEqualTo(Instant.parse("2026-11-20T05:15:00Z"));
    }

    @Test
    void anIdIsWholeOrTheNumbersFirstEightCharactersOrMore() {
        UUID id = UUID.randomUUID();

        assertThat(parse("id", id.toString().toUpperCase()).criteria().appealId()).isEqualTo(id);
        assertThat(parse("id", id.toString().substring(0, 8)).criteria().idPrefix())
                .isEqualTo(id.toString().substring(0, 8));
        assertThat(parse("id", id.toString().substring(0, 11)).criteria().idPrefix())
                .isEqualTo(id.toString().substring(0, 11));
        assertThat(parse("id", "34-2026-004217").criteria().registrationNumber()).isEqualTo("34-2026-004217");
        assertThat(parse("id", "34-2026-004217").criteria().idPrefix()).isNull();
        assertRefused("id", "34-2026-0042");
        assertRefused("id", "1234567");
        assertRefused("id", "12345678x");
        assertRefused("id", "123456789");
    }

    @Test
    void theTextQueryKeepsItsCommasAndBecomesStems() {
        assertThat(parse("q", "ямы, дороги").criteria().stems()).containsExactlyInAnyOrder("ям", "дорог");
    }

    @Test
    void codesAreCheckedAgainstTheTaxonomy() {
        assertThat(parse("municipality", "volzhsky").criteria().municipality()).isEqualTo(Municipality.VOLZHSKY);
        assertRefused("municipality", "ATLANTIS");
        assertRefused("category", "NOPE");
        assertRefused("channel", "FAX");
        assertRefused("status", "LOST");
        assertRefused("sort", "random");
    }

    @Test
    void unreadableValuesAreRefusedNamingTheParameter() {
        assertRefused("size", "0");
        assertRefused("size", "101");
        assertRefused("size", "ten");
        assertRefused("page", "-1");
        assertRefused("page", "500");
        assertRefused("from", "20.11.2026");
        assertRefused("to", "2026-13-01");
        assertRefused("overdue", "yes");
        assertRefused("q", "я".repeat(201));
        assertThatThrownBy(() -> parse("from", "2026-11-21", "to", "2026-11-20"))
                .hasMessageContaining("'from'");
        assertThatThrownBy(() -> parse("size", "10", "size", "20")).hasMessageContaining("'size'");
    }

    private static void assertRefused(String name, String value) {
        assertThatThrownBy(() -> parse(name, value))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status().value()).isEqualTo(400))
                .hasMessageContaining("'" + name + "'");
    }

    private static SearchParameters.Search parse(String... namesAndValues) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return SearchParameters.parse(parameters);
    }
}
