package org.appeals.resident.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormChecksTest {

    private static final int MAX_TEXT = 5000;

    @Test
    void acceptsAFilledForm() {
        assertThat(FormChecks.check(Forms.valid(), MAX_TEXT)).isEmpty();
    }

    @Test
    void asksForTheTextAndRefusesOneTooLong() {
        assertThat(FormChecks.check(Forms.with("text", "   "), MAX_TEXT)).containsKey("text");
        assertThat(FormChecks.check(Forms.with("text", "я".repeat(MAX_TEXT + 1)), MAX_TEXT).get("text"))
                .contains("длиннее 5000 символов");
    }

    @Test
    void wantsAMunicipalityOfTheRegionAndACategoryOfTheTaxonomyIfAny() {
        assertThat(FormChecks.check(Forms.with("municipality", ""), MAX_TEXT)).containsKey("municipality");
        assertThat(FormChecks.check(Forms.with("municipality", "UNKNOWN"), MAX_TEXT)).containsKey("municipality");
        assertThat(FormChecks.check(Forms.with("municipality", "MOSCOW"), MAX_TEXT)).containsKey("municipality");
        assertThat(FormChecks.check(Forms.with("category", ""), MAX_TEXT)).isEmpty();
        assertThat(FormChecks.check(Forms.with("category", "PARKING"), MAX_TEXT)).containsKey("category");
    }

    @Test
    void wantsAtLeastOneWayToReplyAndChecksEach() {
        assertThat(FormChecks.check(Forms.with("email", ""), MAX_TEXT).get("email"))
                .contains("e-mail или телефон");
        assertThat(FormChecks.check(Forms.with("email", "not-an-address"), MAX_TEXT)).containsKey("email");
        AppealForm phoneOnly = new AppealForm(Forms.TOKEN, "Яма", "", "VOLZHSKY", "", "", "", "", "8 (917) 123-45-67",
                "", "yes", "", java.util.List.of());
        assertThat(FormChecks.check(phoneOnly, MAX_TEXT)).isEmpty();
        assertThat(FormChecks.check(Forms.with("phone", "12"), MAX_TEXT)).containsKey("phone");
    }

    @Test
    void refusesAPointOffTheMapButTakesNoPointAtAll() {
        assertThat(FormChecks.check(Forms.with("lat", "91"), MAX_TEXT)).containsKey("lat");
        assertThat(FormChecks.check(Forms.with("lon", "east"), MAX_TEXT)).containsKey("lat");
        assertThat(FormChecks.check(Forms.with("lat", ""), MAX_TEXT)).containsKey("lat");
        AppealForm noPoint = Forms.valid();
        noPoint = new AppealForm(noPoint.submissionId(), noPoint.text(), noPoint.category(), noPoint.municipality(),
                noPoint.address(), "", "", noPoint.email(), noPoint.phone(), noPoint.name(), noPoint.consent(), "",
                noPoint.storedPhotos());
        assertThat(FormChecks.check(noPoint, MAX_TEXT)).isEmpty();
    }

    @Test
    void cannotBeSentWithoutConsent() {
        assertThat(FormChecks.check(Forms.with("consent", null), MAX_TEXT).get("consent"))
                .contains("согласия на обработку персональных данных");
    }

    @Test
    void keepsNamesAndAddressesOnOneLine() {
        assertThat(FormChecks.check(Forms.with("name", "Анна\nИванова"), MAX_TEXT)).containsKey("name");
        assertThat(FormChecks.check(Forms.with("address", "x".repeat(301)), MAX_TEXT)).containsKey("address");
    }

    @Test
    void listsErrorsInTheOrderOfTheForm() {
        AppealForm empty = new AppealForm(Forms.TOKEN, "", "", "", "", "", "", "", "", "", null, "", java.util.List.of());

        assertThat(FormChecks.check(empty, MAX_TEXT).keySet()).containsExactly("text", "municipality", "email", "consent");
    }
}
