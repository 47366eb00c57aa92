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

    /** The text as the channel's messages carry it: one part, or numbered parts, shortened past the channel's limit. */
    public List<String> parts(Channel channel, UUID appealId, String text) {
        return parts(channel, Map.of(), appealId, text);
    }

    /** As {@link #parts(Channel, UUID, String)}, for the medium the reply address implies (SMS for a phone only). */
    public List<String> parts(Channel channel, Map<String, String> replyTo, UUID appealId, String text) {
        return TextSplitter.split(text, render.limitsOf(channel, replyTo),
                withUrl(templates.truncated(), appealId, "…"));
    }

    private Map<String, String> values(ReplyFacts facts) {
        String name = blankToNull(facts.residentName());
        String department = blankToNull(facts.departmentName());
        String greeting = name == null ? templates.anonymousGreeting()
                : Placeholders.fill(templates.greeting(), Map.of("name", name));
        String promised = facts.promisedBy() == null ? "" : PromisedDates.format(facts.promisedBy());
        return Map.of(
                "greeting", greeting,
                "name", name == null ? "" : name,
                "number", appealNumber(facts),
                "department", department == null ? templates.unknownDepartment() : department,
                "text", facts.answerText() == null ? "" : facts.answerText().strip(),
                "promised", promised,
                "promise", promise(promised),
                "feedback", withUrl(templates.feedback(), facts.appealId(), ""));
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

    /** The template with the feedback link, or {@code withoutUrl} when no link is configured. */
    private String withUrl(String template, UUID appealId, String withoutUrl) {
        String url = render.feedbackUrl(appealId);
        return url.isEmpty() ? withoutUrl : Placeholders.fill(template, Map.of("url", url));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
