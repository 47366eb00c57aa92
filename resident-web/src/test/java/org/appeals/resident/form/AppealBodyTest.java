package org.appeals.resident.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppealBodyTest {

    @Test
    void buildsTheWebChannelsAppealWithReplyByEmailPlaceAndPhotoLinks() {
        Map<String, Object> body = AppealBody.of(Forms.valid(), List.of("http://localhost:8080/photos/abc"));

        assertThat(body).containsEntry("channel", "WEB").containsEntry("externalId", Forms.TOKEN)
                .containsEntry("categoryHint", "ROADS")
                .containsEntry("replyTo", Map.of("email", "resident@example.ru"))
                .containsEntry("attachments", List.of("http://localhost:8080/photos/abc"));
        assertThat(body.get("author")).isEqualTo(Map.of("id", "resident@example.ru", "name", "Анна",
                "contact", "resident@example.ru"));
        assertThat(body.get("location")).isEqualTo(Map.of("address", "Волгоград, ул. Мира, 12", "lat", 48.708,
                "lon", 44.513));
    }

    @Test
    void repliesBySmsWhenOnlyAPhoneIsGivenAndLeavesOutWhatIsEmpty() {
        AppealForm form = new AppealForm(Forms.TOKEN, "Нет воды", "", "KAMYSHIN", "", "", "", "", "8 917 123-45-67",
                "", "yes", "", List.of());

        Map<String, Object> body = AppealBody.of(form, List.of());

        assertThat(body).containsEntry("replyTo", Map.of("phone", "+79171234567")).doesNotContainKey("categoryHint");
        assertThat(body.get("author")).isEqualTo(Map.of("id", "+79171234567", "contact", "+79171234567"));
        assertThat(body.get("location")).isEqualTo(Map.of("address", "Камышин"));
    }
}
