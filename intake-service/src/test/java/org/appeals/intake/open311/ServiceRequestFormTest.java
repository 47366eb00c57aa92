package org.appeals.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appeals.contracts.Category;
import org.appeals.intake.registration.AppealRequest;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class ServiceRequestFormTest {

    @Test
    void aFullFormBecomesAWebAppealWithTheServiceInItsExternalId() {
        MultiValueMap<String, String> form = form();

        AppealRequest appeal = ServiceRequestForm.read(form);

        assertThat(appeal.channel()).isEqualTo("WEB");
        assertThat(Open311Ids.serviceOf(appeal.externalId())).contains(Category.MUNICIPAL_SERVICES);
        assertThat(appeal.text()).isEqualTo("Нужна справка");
        assertThat(appeal.author().name()).isEqualTo("Анна Петрова");
        assertThat(appeal.author().contact()).isEqualTo("anna@mail.example");
        assertThat(appeal.author().id()).matches("open311:[0-9a-f]{16}");
        assertThat(appeal.replyTo()).containsEntry("email", "anna@mail.example").doesNotContainKey("phone");
        assertThat(appeal.location().address()).isEqualTo("Волгоград, ул. Мира, 1");
        assertThat(appeal.location().lat()).isNull();
        assertThat(appeal.attachments()).isNull();
    }

    @Test
    void theSameContactGetsTheSameAuthorIdAndAnAccountIdWins() {
        MultiValueMap<String, String> other = form();
        other.set("email", "ANNA@mail.example");
        String first = ServiceRequestForm.read(form()).author().id();

        assertThat(ServiceRequestForm.read(other).author().id()).isEqualTo(first);
        other.set("account_id", "acc-7");
        assertThat(ServiceRequestForm.read(other).author().id()).isEqualTo("acc-7");
    }

    @Test
    void theSameFormPostedAgainHasTheSameExternalIdWhateverItsSpacingCaseOrDecimals() {
        MultiValueMap<String, String> form = form();
        form.set("lat", "48.7");
        form.set("long", "44.5");
        MultiValueMap<String, String> retry = form();
        retry.set("lat", " 48.700 ");
        retry.set("long", "44.50");
        retry.set("email", "Anna@Mail.Example");
        retry.set("description", "  Нужна\t справка\n");

        String first = ServiceRequestForm.read(form).externalId();

        assertThat(first).matches("open311-MUNICIPAL_SERVICES-[0-9a-f]{32}");
        assertThat(ServiceRequestForm.read(form()).externalId()).isNotEqualTo(first);
        assertThat(ServiceRequestForm.read(retry).externalId()).isEqualTo(first);
    }

    @Test
    void anotherClientKeyOrAnyOtherFieldMakesAnotherRequest() {
        String first = ServiceRequestForm.read(form()).externalId();

        for (String field : new String[] {"api_key", "description", "address_string", "email", "phone", "first_name",
            "device_id", "account_id", "media_url"}) {
            MultiValueMap<String, String> other = form();
            other.set(field, switch (field) {
                case "media_url" -> "https://example.org/2.jpg";
                case "phone" -> "+79990001122";
                default -> "other@mail.example";
            });
            assertThat(ServiceRequestForm.read(other).externalId()).as(field).isNotEqualTo(first);
        }
    }

    @Test
    void aPhoneAloneIsWhereTheAnswerGoes() {
        MultiValueMap<String, String> form = form();
        form.remove("email");
        form.set("phone", "+79001112233");

        assertThat(ServiceRequestForm.read(form).replyTo()).containsOnlyKeys("phone");
    }

    @Test
    void everyOpen311FaultIsReportedAtOnce() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.set("service_code", "FAX");
        form.set("lat", "north");
        form.set("email", "not-an-address");

        assertThatThrownBy(() -> ServiceRequestForm.read(form)).isInstanceOfSatisfying(Open311Exception.class,
                e -> assertThat(e.descriptions()).hasSize(4)
                        .anySatisfy(d -> assertThat(d).startsWith("service_code is not a service"))
                        .anySatisfy(d -> assertThat(d).startsWith("lat must be a decimal number"))
                        .anySatisfy(d -> assertThat(d).startsWith("lat and long, or address_string"))
                        .anySatisfy(d -> assertThat(d).startsWith("email is not an e-mail address")));
    }

    private static MultiValueMap<String, String> form() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.set("api_key", "k");
        form.set("service_code", "MUNICIPAL_SERVICES");
        form.set("address_string", "Волгоград, ул. Мира, 1");
        form.set("description", "Нужна справка");
        form.set("email", "anna@mail.example");
        form.set("first_name", "Анна");
        form.set("last_name", "Петрова");
        return form;
    }
}
