package org.appeals.notification.render;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.springframework.stereotype.Component;

/**
 * Renders the text a resident reads: the channel's template for the answer kind (or the status notice), filled with
 * the facts, then cut into the parts the channel's messages can hold.
 */
@Component
public class ReplyRenderer {

    private static final int APPEAL_NUMBER_LENGTH = 8;

    private final TemplatesProperties templates;
    private final RenderProperties render;

    public ReplyRenderer(TemplatesProperties templates, RenderProperties render) {
        this.templates = templates;
        this.render = render;
    }

    public String render(ReplyFacts facts) {
        return Placeholders.fill(templates.templateFor(facts.channel(), facts.kind()), values(facts));
    }

    /** A status notice; {@code facts.kind()} and {@code facts.answerText()} are not used. */
    public String render(Notice notice, ReplyFacts facts) {
        return Placeholders.fill(templates.templateFor(notice), values(facts));
    }

    /**
     * The text as the channel's messages carry it, for the medium the reply address implies: one part, or numbered
     * parts, shortened past the channel's limit with the appeal's feedback link.
     */
    public List<String> parts(ReplyFacts facts, Map<String, String> replyTo, String text) {
        return TextSplitter.split(text, render.limitsOf(facts.channel(), replyTo),
                withUrl(templates.truncated(), feedbackUrl(facts), "…"));
    }

    /** The text as the channel's messages carry it: one part, or numbered parts, shortened past the channel's limit. */
    public List<String> parts(Channel channel, UUID appealId, String text) {
        return parts(channel, Map.of(), appealId, text);
    }

    /** As {@link #parts(Channel, UUID, String)}, for the medium the reply address implies (SMS for a phone only). */
    public List<String> parts(Channel channel, Map<String, String> replyTo, UUID appealId, String text) {
        return TextSplitter.split(text, render.limitsOf(channel, replyTo),
                withUrl(templates.truncated(), render.feedbackUrl(appealId), "…"));
    }

    private Map<String, String> values(ReplyFacts facts) {
        String name = blankToNull(facts.residentName());
        String department = blankToNull(facts.departmentName());
        String greeting = name == null ? templates.anonymousGreeting()
                : Placeholders.fill(templates.greeting(), Map.of("name", name));
        String promised = facts.promisedBy() == null ? "" : PromisedDates.format(facts.promisedBy());
        String code = blankToNull(facts.accessCode());
        return Map.ofEntries(
                Map.entry("greeting", greeting),
                Map.entry("name", name == null ? "" : name),
                Map.entry("number", appealNumber(facts)),
                Map.entry("department", department == null ? templates.unknownDepartment() : department),
                Map.entry("text", facts.answerText() == null ? "" : facts.answerText().strip()),
                Map.entry("promised", promised),
                Map.entry("promise", promise(promised)),
                Map.entry("feedback", withUrl(templates.feedback(), feedbackUrl(facts), "")),
                Map.entry("code", code == null ? "" : code),
                Map.entry("access", access(facts, code)));
    }

    /** The sentence with the access code and, where there are public pages, the status link; empty without a code. */
    private String access(ReplyFacts facts, String code) {
        if (code == null) {
            return "";
        }
        String url = render.statusUrl(facts.registrationNumber(), code);
        return url.isEmpty() ? Placeholders.fill(templates.accessWithoutLink(), Map.of("code", code))
                : Placeholders.fill(templates.access(), Map.of("code", code, "url", url));
    }

    private String feedbackUrl(ReplyFacts facts) {
        return render.feedbackUrl(facts.appealId(), facts.registrationNumber(), facts.accessCode());
    }

    /**
     * The number residents quote back: the registration number, or for an appeal registered before numbers existed
     * the first characters of its id.
     */
    public static String appealNumber(ReplyFacts facts) {
        if (facts.registrationNumber() != null) {
            return facts.registrationNumber();
        }
        return facts.appealId().toString().substring(0, APPEAL_NUMBER_LENGTH);
    }

    /** The sentence about the final answer: with the promised date when the department gave one. */
    private String promise(String promised) {
        return promised.isEmpty() ? templates.noPromise()
                : Placeholders.fill(templates.promise(), Map.of("promised", promised));
    }

    /** The template with the link, or {@code withoutUrl} when there is none. */
    private static String withUrl(String template, String url, String withoutUrl) {
        return url.isEmpty() ? withoutUrl : Placeholders.fill(template, Map.of("url", url));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
