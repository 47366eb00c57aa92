package org.appeals.telegram.inbound;

import org.appeals.telegram.TelegramProperties;
import org.appeals.telegram.bot.TelegramBot;
import org.appeals.telegram.chat.ChatAppeal;
import org.appeals.telegram.chat.ChatAppeals;
import org.appeals.telegram.gateway.GatewayClient;
import org.appeals.telegram.gateway.GatewayException;
import org.appeals.telegram.gateway.Registered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers a draft as an appeal and forgets the draft. The gateway being away leaves the draft for the next round
 * (the same externalId then registers once); a refusal is told to the resident. The number and access code reach
 * the resident with the platform's registration notice; the chat keeps them for /status.
 */
@Component
class DraftSubmitter {

    private static final Logger log = LoggerFactory.getLogger(DraftSubmitter.class);
    private final GatewayClient gateway;
    private final ChatAppeals chatAppeals;
    private final Drafts drafts;
    private final TelegramBot bot;
    private final InboundMetrics metrics;
    private final JsonMapper json;
    private final String publicUrl;

    DraftSubmitter(GatewayClient gateway, ChatAppeals chatAppeals, Drafts drafts, TelegramBot bot,
                   InboundMetrics metrics, JsonMapper json, TelegramProperties properties) {
        this.gateway = gateway;
        this.chatAppeals = chatAppeals;
        this.drafts = drafts;
        this.bot = bot;
        this.metrics = metrics;
        this.json = json;
        this.publicUrl = properties.publicUrl();
    }

    /** Registers {@code draft} (a text, with or without photo and location); throws if the gateway is away. */
    void submit(Draft draft) {
        try {
            Registered registered = gateway.submit(Submissions.appeal(draft, publicUrl, json));
            chatAppeals.registered(new ChatAppeal(registered.appealId(), draft.chatId(),
                    registered.registrationNumber(), registered.accessCode(), draft.receivedAt()));
            metrics.submitted(draft.hasLocation() ? "appeal_with_location" : "appeal");
        } catch (GatewayException e) {
            if (!e.permanent()) {
                throw e;
            }
            log.warn("appeal from message {} refused by the gateway: {}", draft.messageId(), e.status());
            metrics.submitted("refused");
            bot.sendMessage(draft.chatId(), "Не удалось принять это сообщение как обращение. Опишите, пожалуйста, "
                    + "проблему и адрес текстом, без лишних символов.", draft.messageId(), null);
        }
        drafts.remove(draft.chatId());
    }
}
