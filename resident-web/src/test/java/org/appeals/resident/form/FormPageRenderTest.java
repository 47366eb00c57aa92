package org.appeals.resident.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.appeals.resident.photo.PhotoProperties;
import org.appeals.resident.testing.TemplatePages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.util.unit.DataSize;

class FormPageRenderTest {

    private static final FormProperties SETTINGS = new FormProperties(5000, "", "");
    private static final PhotoProperties PHOTOS = new PhotoProperties(5, DataSize.ofMegabytes(5), 40_000_000);

    private static Document render(AppealForm form, Map<String, String> errors) {
        ExtendedModelMap model = new ExtendedModelMap();
        String template = FormPage.show(model, form, errors, SETTINGS, PHOTOS);
        return TemplatePages.render(template, model);
    }

    @Test
    void hasEveryControlTheBrowserTestsUseWithALabel() {
        Document page = render(AppealForm.blank(), Map.of());

        Element form = page.getElementById("appeal-form");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        for (String id : List.of("text", "category", "municipality", "address", "photos", "email", "phone", "name",
                "consent")) {
            assertThat(page.getElementById(id)).as(id).isNotNull();
            assertThat(page.select("label[for=" + id + "]")).as("label of " + id).isNotEmpty();
        }
        assertThat(page.getElementById("lat").attr("type")).isEqualTo("hidden");
        assertThat(page.getElementById("lon").attr("type")).isEqualTo("hidden");
        assertThat(page.getElementById("submit").tagName()).isEqualTo("button");
        assertThat(page.select("input[name=submissionId]").val()).hasSize(36);
        assertThat(page.getElementById("error-summary")).isNull();
    }

    @Test
    void offersTheTaxonomysCategoriesAndTheRegionsMunicipalitiesInRussian() {
        Document page = render(AppealForm.blank(), Map.of());

        assertThat(page.select("#category option[value=ROADS]").text()).isEqualTo("Дороги");
        assertThat(page.select("#category option[value=MUNICIPAL_SERVICES]").text()).isEqualTo("Муниципальные услуги");
        assertThat(page.select("#category option")).hasSize(15);
        assertThat(page.select("#municipality option[value=KALACHEVSKY]").text()).isEqualTo("Калачёвский район");
        assertThat(page.select("#municipality option")).hasSize(39);
        assertThat(page.select("#municipality option[value=UNKNOWN]")).isEmpty();
    }

    @Test
    void showsTheWholeConsentTextWithItsVersionAndAHoneypotPeopleAreToldToSkip() {
        Document page = render(AppealForm.blank(), Map.of());

        assertThat(page.getElementById("consent-text").text()).contains("152-ФЗ", "Цель обработки");
        assertThat(page.getElementById("consent-version").text()).isEqualTo(ConsentText.CURRENT);
        Element honeypot = page.getElementById("website");
        assertThat(honeypot.attr("tabindex")).isEqualTo("-1");
        assertThat(honeypot.parent().hasClass("hp")).isTrue();
        assertThat(page.select("label[for=website]").text()).contains("оставьте его пустым");
    }

    @Test
    void showsErrorsBesideTheirFieldsAndInTheSummaryKeepingWhatWasTyped() {
        AppealForm typed = Forms.with("email", "anna@").withStoredPhotos(List.of("65a1b2c3d4e5f60718293a4b"));
        Map<String, String> errors = Map.of("email", "Проверьте e-mail", "photos", "Файл «x.exe» не является "
                + "фотографией", "form", "Сервис недоступен");

        Document page = render(typed, errors);

        assertThat(page.getElementById("error-email").text()).isEqualTo("Проверьте e-mail");
        assertThat(page.getElementById("error-photos").text()).contains("«x.exe»");
        assertThat(page.getElementById("error-form").text()).isEqualTo("Сервис недоступен");
        assertThat(page.select("#error-summary a[href=#email]")).hasSize(1);
        assertThat(page.getElementById("text").text()).isEqualTo(typed.text());
        assertThat(page.getElementById("email").val()).isEqualTo("anna@");
        assertThat(page.select("#municipality option[selected]").val()).isEqualTo("VOLGOGRAD");
        assertThat(page.getElementById("consent").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=storedPhotos]").val()).isEqualTo("65a1b2c3d4e5f60718293a4b");
        assertThat(page.select("input[name=submissionId]").val()).isEqualTo(Forms.TOKEN);
    }

    @Test
    void theSuccessPageShowsNumberCodeAndTheStatusLink() {
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("registrationNumber", "34-2026-004217");
        model.addAttribute("accessCode", "7K3M9QXA");
        model.addAttribute("statusLink", "/appeal/34-2026-004217?code=7K3M9QXA");

        Document page = TemplatePages.render("form/sent", model);

        assertThat(page.getElementById("registration-number").text()).isEqualTo("34-2026-004217");
        assertThat(page.getElementById("access-code").text()).isEqualTo("7K3M9QXA");
        assertThat(page.getElementById("status-link").attr("href")).isEqualTo("/appeal/34-2026-004217?code=7K3M9QXA");
    }
}
