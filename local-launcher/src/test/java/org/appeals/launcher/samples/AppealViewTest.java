package org.appeals.launcher.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AppealViewTest {

    private final JsonMapper json = SampleSender.json();

    @Test
    void readsFlatCodes() {
        AppealView view = AppealView.from(json.readTree("""
                {"status":"ASSIGNED","category":"ROADS","municipality":"MIKHAILOVKA","departmentId":"mikhailovka-roads"}
                """));

        assertThat(view).isEqualTo(new AppealView(AppealStatus.ASSIGNED, "ROADS", "MIKHAILOVKA", "mikhailovka-roads"));
    }

    @Test
    void readsCodesNestedInObjects() {
        AppealView view = AppealView.from(json.readTree("""
                {"status":"TRIAGE","category":{"code":"OTHER","name":"Прочее"},
                 "municipality":{"code":"UNKNOWN","name":"?"},"department":{"id":"region-triage","name":"ЦУР"}}
                """));

        assertThat(view).isEqualTo(new AppealView(AppealStatus.TRIAGE, "OTHER", "UNKNOWN", "region-triage"));
    }

    @Test
    void anAppealNotYetRoutedHasNoRoutingFacts() {
        AppealView view = AppealView.from(json.readTree("{\"status\":\"RECEIVED\",\"category\":null}"));

        assertThat(view.status().isRouted()).isFalse();
        assertThat(view.category()).isNull();
        assertThat(AppealStatus.parse("something new")).isEqualTo(AppealStatus.UNKNOWN);
    }
}
