package org.appeals.notification.render;

import java.util.Map;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reply templates, {@code appeals.notification.templates.*}. Placeholders: {@code {greeting}}, {@code {name}},
 * {@code {number}}, {@code {department}}, {@code {text}}, {@code {promised}} (the promised date, "до 12 декабря
 * 2026 г.", or empty) and {@code {promise}} (the {@code promise} sentence when a date was promised, else
 * {@code noPromise}).
 *
 * @param greeting the greeting when the resident's name is known
 * @param anonymousGreeting the greeting when it is not
 * @param unknownDepartment what stands for the department when the answer names none
 * @param promise what {@code {promise}} says when the department promised a date; may use {@code {promised}}
 * @param noPromise what {@code {promise}} says when it did not
 * @param kinds a template per answer kind
 * @param channels templates a channel overrides, per answer kind
 */
@ConfigurationProperties("appeals.notification.templates")
public record TemplatesProperties(String greeting, String anonymousGreeting, String unknownDepartment,
                                  String promise, String noPromise,
                                  Map<AnswerKind, String> kinds, Map<Channel, Map<AnswerKind, String>> channels) {

    public TemplatesProperties {
        greeting = greeting == null ? "Здравствуйте, {name}!" : greeting;
        anonymousGreeting = anonymousGreeting == null ? "Здравствуйте!" : anonymousGreeting;
        unknownDepartment = unknownDepartment == null ? "Ответственное подразделение" : unknownDepartment;
        // no full stop: the date ends with the abbreviation "г.", which ends the sentence too
        promise = promise == null ? "Окончательный ответ будет дан {promised}" : promise;
        noPromise = noPromise == null ? "" : noPromise;
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    /** The channel's own template for the kind, else the common one. */
    public String templateFor(Channel channel, AnswerKind kind) {
        String template = channels.getOrDefault(channel, Map.of()).get(kind);
        if (template == null) {
            template = kinds.get(kind);
        }
        if (template == null) {
            throw new IllegalStateException("no reply template for " + kind + " answers");
        }
        return template;
    }
}
