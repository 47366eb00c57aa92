package org.appeals.telegram.feedback;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.appeals.telegram.bot.TelegramBot;
import org.appeals.telegram.gateway.GatewayClient;
import org.appeals.telegram.gateway.GatewayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A press on the feedback keyboard. Intake takes feedback as a rating and solved-or-not together, so the first press
 * is remembered and the second completes it, in either order; then the feedback goes to the gateway as the
 * resident's reply ({@code POST /api/v1/appeals} with {@code inReplyTo} and {@code feedback}, externalId
 * {@code fb-<key>}: once per answer). «Не решено» reopens the appeal there. Every press is answered with
 * answerCallbackQuery, which also stops the button's spinner.
 */
@Component
public class FeedbackPresses {

    private static final Logger log = LoggerFactory.getLogger(FeedbackPresses.class);
    private final FeedbackPrompts prompts;
    private final GatewayClient gateway;
    private final TelegramBot bot;
    private final JsonMapper json;
    private final MeterRegistry metrics;

    FeedbackPresses(FeedbackPrompts prompts, GatewayClient gateway, TelegramBot bot, JsonMapper json,
                    MeterRegistry metrics) {
        this.prompts = prompts;
        this.gateway = gateway;
        this.bot = bot;
        this.json = json;
        this.metrics = metrics;
    }

    /** Handles the press; a gateway that is down leaves the choice stored and asks the resident to press again. */
    public void handle(CallbackPress press) {
        bot.answerCallbackQuery(press.id(), outcome(press));
    }

    private String outcome(CallbackPress press) {
        Optional<Choice> choice = Choice.parse(press.data());
        if (choice.isEmpty()) {
            return "Эта кнопка больше не действует.";
        }
        Optional<FeedbackPrompt> prompt = prompts.choose(choice.get().key(), choice.get().rating(),
                choice.get().solved());
        if (prompt.isEmpty()) {
            return "Эта кнопка больше не действует.";
        }
        if (prompt.get().submitted()) {
            return "Вы уже оценили этот ответ.";
        }
        if (!prompt.get().complete()) {
            return prompt.get().rating() == null ? "Поставьте, пожалуйста, оценку от 1 до 5."
                    : "Оценка " + prompt.get().rating() + ". Отметьте, решена ли проблема.";
        }
        return submit(prompt.get(), press.fromId());
    }

    private String submit(FeedbackPrompt prompt, long fromId) {
        ObjectNode body = json.createObjectNode().put("channel", "TELEGRAM").put("externalId", "fb-" + prompt.key())
                .put("inReplyTo", prompt.appealId());
        body.putObject("author").put("id", "tg-" + fromId);
        body.putObject("feedback").put("rating", prompt.rating()).put("solved", prompt.solved());
        try {
            gateway.submit(body);
        } catch (GatewayException e) {
            if (!e.permanent()) {
                log.warn("feedback on appeal {} not taken yet: {}", prompt.appealId(), e.getMessage());
                return "Не удалось отправить оценку, нажмите кнопку ещё раз чуть позже.";
            }
            prompts.submitted(prompt.key());
            return e.status() == 410 ? "Срок для оценки этого ответа истёк." : "Вы уже оценили этот ответ.";
        }
        prompts.submitted(prompt.key());
        metrics.counter("appeals.telegram.appeals.submitted", "kind", "feedback").increment();
        return prompt.solved() ? "Спасибо за оценку!"
                : "Спасибо! Обращение вернётся в работу к тому же исполнителю.";
    }

    /** {@code fb:<key>:r<1-5>} or {@code fb:<key>:s<0|1>}. */
    record Choice(String key, Integer rating, Boolean solved) {

        static Optional<Choice> parse(String data) {
            String[] parts = data == null ? new String[0] : data.split(":");
            if (parts.length != 3 || !(parts[0] + ":").equals(FeedbackButtons.PREFIX) || parts[2].length() != 2) {
                return Optional.empty();
            }
            char value = parts[2].charAt(1);
            if (parts[2].charAt(0) == 'r' && value >= '1' && value <= '5') {
                return Optional.of(new Choice(parts[1], value - '0', null));
            }
            if (parts[2].charAt(0) == 's' && (value == '0' || value == '1')) {
                return Optional.of(new Choice(parts[1], null, value == '1'));
            }
            return Optional.empty();
        }
    }
}
