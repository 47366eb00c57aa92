package org.appeals.telegram.chat;

import java.util.List;
import org.appeals.telegram.gateway.GatewayClient;
import org.appeals.telegram.gateway.GatewayException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The answer to /status: the chat's latest appeals with their numbers and states, each state read from the
 * gateway's public view ({@code GET /api/v1/public/appeals/{number}?code=}) with the access code kept at registration.
 */
@Component
public class StatusReport {

    static final int SHOWN = 10;
    private final ChatAppeals appeals;
    private final GatewayClient gateway;

    StatusReport(ChatAppeals appeals, GatewayClient gateway) {
        this.appeals = appeals;
        this.gateway = gateway;
    }

    /** The text of the answer, in Russian. */
    public String of(long chatId) {
        List<ChatAppeal> latest = appeals.latest(chatId, SHOWN);
        if (latest.isEmpty()) {
            return "У вас пока нет обращений. Опишите проблему одним сообщением — мы зарегистрируем его.";
        }
        StringBuilder text = new StringBuilder("Ваши обращения:\n");
        latest.forEach(appeal -> text.append('\n').append(appeal.number()).append(" — ").append(state(appeal)));
        return text.toString();
    }

    private String state(ChatAppeal appeal) {
        try {
            return gateway.publicAppeal(appeal.number(), appeal.accessCode())
                    .map(StatusReport::words).orElse("не найдено");
        } catch (GatewayException e) {
            return "статус сейчас недоступен, попробуйте позже";
        }
    }

    private static String words(JsonNode view) {
        String text = view.path("statusText").asString("");
        return text.isBlank() ? view.path("status").asString("неизвестно") : text;
    }
}
