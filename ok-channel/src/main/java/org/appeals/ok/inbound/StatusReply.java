package org.appeals.ok.inbound;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.List;
import org.appeals.ok.api.OkApiException;
import org.appeals.ok.api.OkBot;
import org.appeals.ok.gateway.Gateway;
import org.appeals.ok.gateway.GatewayProblem;
import org.appeals.ok.thread.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers «статус» in the chat: the appeals written from it (newest ten) with their numbers and states, read from the
 * gateway as the owning channel. A best effort: if OK or the gateway cannot be reached, the resident asks again.
 */
@Component
class StatusReply {

    private static final Logger log = LoggerFactory.getLogger(StatusReply.class);
    static final int MAX_APPEALS = 10;

    private final Threads threads;
    private final Gateway gateway;
    private final OkBot bot;

    StatusReply(Threads threads, Gateway gateway, OkBot bot) {
        this.threads = threads;
        this.gateway = gateway;
        this.bot = bot;
    }

    void answer(OkUpdate update) {
        try {
            bot.send(update.chatId(), text(threads.appealsOf(update.chatId(), MAX_APPEALS)), update.mid());
        } catch (OkApiException | CallNotPermittedException e) {
            log.warn("status for update {} not posted: {}", update.mid(), e.getMessage());
        }
    }

    private String text(List<Threads.ChatAppeal> appeals) {
        if (appeals.isEmpty()) {
            return "Из этого чата обращений пока не было. Опишите проблему одним сообщением — мы его зарегистрируем.";
        }
        StringBuilder text = new StringBuilder("Ваши обращения:");
        for (Threads.ChatAppeal appeal : appeals) {
            text.append("\n№ ").append(appeal.number()).append(" — ").append(StatusWords.of(status(appeal)));
        }
        return text.toString();
    }

    private String status(Threads.ChatAppeal appeal) {
        try {
            return gateway.status(appeal.appealId());
        } catch (GatewayProblem unavailable) {
            return null;
        }
    }
}
