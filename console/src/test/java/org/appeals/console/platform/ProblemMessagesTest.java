package org.appeals.console.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemMessagesTest {

    @Test
    void everyStatusAPersonMeetsIsSaidInRussian() {
        assertThat(new PlatformProblem(403, "This identity acts only for its own departments.").message())
                .startsWith("Нет доступа");
        assertThat(new PlatformProblem(409, null).message()).isEqualTo(ProblemMessages.CONFLICT);
        assertThat(new PlatformProblem(409, null).isConflict()).isTrue();
        assertThat(new PlatformProblem(503, null).message()).contains("временно недоступен");
        assertThat(new PlatformProblem(418, null).message()).contains("418");
    }

    @Test
    void aPromiseBeyondTheLegalTermNamesTheTermInRussian() {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode problem = json.readTree("{\"status\":422,\"code\":\"PROMISED_DATE_AFTER_LEGAL_TERM\","
                + "\"promisedBy\":\"2027-02-01\",\"legalTermDate\":\"2027-01-04\"}");

        assertThat(new PlatformProblem(422, "promisedBy is later than the legal term", problem).message())
                .isEqualTo("Обещанная дата позже срока, установленного 59-ФЗ: ответ должен быть дан не позднее "
                        + "4 января 2027.");
        assertThat(new PlatformProblem(422, null, json.readTree("{\"code\":\"OTHER\"}")).message())
                .startsWith("Данные не приняты");
    }
}
