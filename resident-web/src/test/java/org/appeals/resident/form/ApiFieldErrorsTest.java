package org.appeals.resident.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.appeals.resident.gateway.GatewayProblem;
import org.junit.jupiter.api.Test;

class ApiFieldErrorsTest {

    @Test
    void putsTheApisFieldViolationsBesideTheFormsControlsInRussian() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("replyTo.email", "must be at most 500 characters");
        fields.put("location.lat", "must be between -90 and 90");
        fields.put("attachments[0]", "must be an http or https URL");

        Map<String, String> errors = ApiFieldErrors.of(new GatewayProblem(400, "Invalid appeal", fields, 0));

        assertThat(errors).containsOnlyKeys("email", "lat", "photos");
        assertThat(errors.get("email")).startsWith("E-mail не принят");
    }

    @Test
    void aRefusalWithoutFieldsGoesToTheSummary() {
        assertThat(ApiFieldErrors.of(new GatewayProblem(400, "unreadable", Map.of(), 0))).containsOnlyKeys("form");
    }
}
