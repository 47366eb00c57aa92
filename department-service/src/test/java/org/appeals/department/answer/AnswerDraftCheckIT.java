package org.appeals.department.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.appeals.department.testing.DepartmentApi;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AnswerDraftCheckIT extends DepartmentIntegrationTest {

    private static final String FORMAL = "Информация принята к сведению.";

    @Test
    void aDraftIsCheckedWithTheFlagsItWouldBeHeldWithAndNothingMoves() {
        String department = Events.department();
        UUID appeal = UUID.randomUUID();
        DepartmentApi api = api().asDepartment(department);

        HttpResponse<String> formal = check(api, department, appeal, FORMAL);
        HttpResponse<String> clean = check(api, department, appeal, Events.CLEAN_FINAL_TEXT);

        assertThat(formal.statusCode()).isEqualTo(200);
        JsonNode formalChecked = DepartmentApi.json(formal);
        assertThat(formalChecked.path("flags").findValuesAsString("code")).contains("FORMAL_ONLY");
        assertThat(formalChecked.path("wouldBeReviewed").asBoolean()).isTrue();
        JsonNode cleanChecked = DepartmentApi.json(clean);
        assertThat(cleanChecked.path("flags")).isEmpty();
        assertThat(cleanChecked.path("wouldBeReviewed").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/departments/" + department + "/appeals/" + appeal).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anotherDepartmentsStaffAndABlankTextAreRefused() {
        String department = Events.department();
        UUID appeal = UUID.randomUUID();

        assertThat(check(api().asDepartment("volgograd-housing"), department, appeal, FORMAL).statusCode())
                .isEqualTo(403);
        HttpResponse<String> blank = check(api().asDepartment(department), department, appeal, " ");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static HttpResponse<String> check(DepartmentApi api, String department, UUID appeal, String text) {
        String body = "{\"text\":" + tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(text) + "}";
        return api.post("/api/v1/departments/" + department + "/appeals/" + appeal + "/answers/check", body);
    }
}
