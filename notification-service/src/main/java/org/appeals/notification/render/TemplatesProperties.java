package org.appeals.notification.render;

import java.util.Map;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The reply templates, {@code appeals.notification.templates.*}. Placeholders: {@code {greeting}}, {@code {name}},
 * {@code {number}}, {@code {department}}, {@code {text}}, {@code {promised}} (the promised date, "до 12 декабря
 * 2026 г.", or empty), {@code {promise}} (the {@code promise} sentence when a date was promised, else
 * {@code noPromise}), {@code {feedback}} (the {@code feedback} sentence with the link, or empty without a link),
 * {@code {code}} (the access code of the appeal's status page, or empty) and {@code {access}} (the {@code access}
 * sentence with the code and the status link, {@code accessWithoutLink} with the code alone, or empty without a code).
 *
 * @param greeting the greeting when the resident's name is known
 * @param anonymousGreeting the greeting when it is not
 * @param unknownDepartment what stands for the department when the answer names none
 * @param promise what {@code {promise}} says when the department promised a date; may use {@code {promised}}
 * @param noPromise what {@code {promise}} says when it did not
 * @param kinds a template per answer kind
 * @param channels templates a channel overrides, per answer kind
 * @param feedback what {@code {feedback}} says when a feedback link is configured; uses {@code {url}}
 * @param truncated what ends a reply shortened to the channel's parts; may use {@code {url}}
 * @param notices a template per status notice (same placeholders, no {@code {text}})
 * @param access what {@code {access}} says with the access code and the status link; uses {@code {code}} and
 *               {@code {url}}
 * @param accessWithoutLink what {@code {access}} says with the code but no status link; uses {@code {code}}
 */
@ConfigurationProperties("appeals.notification.templates")
public record TemplatesProperties(String greeting, String anonymousGreeting, String unknownDepartment,
                                  String promise, String noPromise,
                                  Map<AnswerKind, String> kinds, Map<Channel, Map<AnswerKind, String>> channels,
                                  String feedback, String truncated, Map<Notice, String> notices, String access,
                                  String accessWithoutLink) {

    @ConstructorBinding
    public TemplatesProperties {
        greeting = greeting == null ? "Здравствуйте, {name}!" : greeting;
        anonymousGreeting = anonymousGreeting == null ? "Здравствуйте!" : anonymousGreeting;
        unknownDepartment = unknownDepartment == null ? "Ответственное подразделение" : unknownDepartment;
        // no full stop: the date ends with the abbreviation "г.", which ends the sentence too
        promise = promise == null ? "Окончательный ответ будет дан {promised}" : promise;
        noPromise = noPromise == null ? "" : noPromise;
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
        channels = channels == null ? Map.of() : Map.copyOf(channels);
        feedback = feedback == null ? "Оцените, пожалуйста, ответ: {url}" : feedback;
        truncated = truncated == null ? " … Полный текст ответа: {url}" : truncated;
        notices = notices == null ? Map.of() : Map.copyOf(notices);
        access = access == null ? "Код доступа к обращению: {code}. Следить за ходом рассмотрения: {url}" : access;
        accessWithoutLink = accessWithoutLink == null ? "Код доступа к обращению: {code}." : accessWithoutLink;
    }

    /** The templates without the access sentences, as they were before access codes existed. */
    public TemplatesProperties(String greeting, String anonymousGreeting, String unknownDepartment, String promise,
                               String noPromise, Map<AnswerKind, String> kinds,
                               Map<Channel, Map<AnswerKind, String>> channels, String feedback, String truncated,
                               Map<Notice, String> notices) {
        this(greeting, anonymousGreeting, unknownDepartment, promise, noPromise, kinds, channels, feedback, truncated,
                notices, null, null);
    }

    /** The templates of answers only, as they were before status notices existed. */
    public TemplatesProperties(String greeting, String anonymousGreeting, String unknownDepartment, String promise,
                               String noPromise, Map<AnswerKind, String> kinds,
                               Map<Channel, Map<AnswerKind, String>> channels) {
        this(greeting, anonymousGreeting, unknownDepartment, promise, noPromise, kinds, channels, null, null, null,
                null, null);
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

    public String templateFor(Notice notice) {
        String template = notices.get(notice);
        if (template == null) {
            throw new IllegalStateException("no template for " + notice + " notices");
        }
        return template;
    }
}
