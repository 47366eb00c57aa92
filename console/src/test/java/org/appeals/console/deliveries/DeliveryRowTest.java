package org.appeals.console.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DeliveryRowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Notification's ParkedDeliveries body ({@code DeliveryView}s). */
    private static final String PARKED = """
            {"deliveries":[
              {"deliveryId":"d1d1d1d1-0000-4000-8000-000000000001","appealId":"1a2b3c4d-0000-4000-8000-000000000001",
               "answerId":"a1","answerKind":"FINAL","notice":null,"departmentName":"Дорожное хозяйство",
               "channel":"TELEGRAM","state":"PARKED","attemptCount":2,
               "attempts":[{"at":"2026-12-04T08:00:00Z","result":"FAILURE","detail":"webhook 503"},
                           {"at":"2026-12-04T08:01:00Z","result":"FAILURE","detail":"webhook 502"}],
               "detail":null,"createdAt":"2026-12-04T08:00:00Z","finishedAt":"2026-12-04T08:01:00Z","resends":1,
               "receipt":{"status":"FAILED","reason":"chat blocked","at":"2026-12-04T08:02:00Z"},
               "resentBy":[{"actor":{"id":"cur-operator","role":"OPERATOR"},"at":"2026-12-04T07:30:00Z"}]},
              {"deliveryId":"d2d2d2d2-0000-4000-8000-000000000002","appealId":"5e6f7a8b-0000-4000-8000-000000000002",
               "answerId":null,"answerKind":null,"notice":"REGISTERED","departmentName":null,"channel":"VK",
               "state":"DELIVERED","attemptCount":1,"attempts":[],"detail":null,"createdAt":"2026-12-04T08:00:00Z",
               "finishedAt":null,"resends":0,"receipt":null,"resentBy":[]}]}""";

    @Test
    void showsAParkedAnswerInRussianWithItsLastProblemReceiptAndWhoResentIt() {
        DeliveryRow row = DeliveryRow.list(JSON.readTree(PARKED).path("deliveries")).get(0);

        assertThat(row.number()).isEqualTo("1a2b3c4d");
        assertThat(row.what()).isEqualTo("Окончательный ответ");
        assertThat(row.channel()).isEqualTo("Telegram");
        assertThat(row.stateName()).isEqualTo("не доставлено, ждёт повторной отправки");
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.problem()).isEqualTo("webhook 502");
        assertThat(row.receipt()).isEqualTo("Канал: не доставлено (chat blocked), 4 декабря 2026, 11:02");
        assertThat(row.resentBy()).isEqualTo("cur-operator (оператор), 4 декабря 2026, 10:30");
        assertThat(row.resendable()).isTrue();
    }

    @Test
    void aDeliveredNoticeCannotBeResent() {
        DeliveryRow row = DeliveryRow.list(JSON.readTree(PARKED).path("deliveries")).get(1);

        assertThat(row.what()).isEqualTo("Уведомление о регистрации");
        assertThat(row.stateName()).isEqualTo("передано в канал");
        assertThat(row.problem()).isEmpty();
        assertThat(row.receipt()).isEmpty();
        assertThat(row.finished()).isEmpty();
        assertThat(row.resendable()).isFalse();
    }

    @Test
    void deliveriesThatFailedBeforeParkingExistedMayBeResentToo() {
        assertThat(DeliveryStates.RESENDABLE).isEqualTo(java.util.Set.of("PARKED", "FAILED"));
        assertThat(List.of("AWAITING_ADDRESS", "PENDING", "DELIVERED", "PARKED", "FAILED", "SKIPPED"))
                .allSatisfy(state -> assertThat(DeliveryStates.name(state)).doesNotContain("_"));
    }
}
