package org.appeals.notification.render;

import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders the text a resident reads: the channel's template for the answer kind, filled with the facts. */
@Component
public class ReplyRenderer {

    private static final int APPEAL_NUMBER_LENGTH = 8;

    private final TemplatesProperties templates;

    public ReplyRenderer(TemplatesProperties templates) {
        this.templates = templates;
    }

    public String render(ReplyFacts facts) {
        String name = blankToNull(facts.residentName());
        String department = blankToNull(facts.departmentName());
        String greeting = name == null ? templates.anonymousGreeting()
                : Placeholders.fill(templates.greeting(), Map.of("name", name));
        String promised = facts.promisedBy() == null ? "" : PromisedDates.format(facts.promisedBy());
        return Placeholders.fill(templates.templateFor(facts.channel(), facts.kind()), Map.of(
                "greeting", greeting,
                "name", name == null ? "" : name,
                "number", appealNumber(facts),
                "department", department == null ? templates.unknownDepartment() : department,
                "text", facts.answerText().strip(),
                "promised", promised,
                "promise", promise(promised)));
    }

    /** The short number residents quote back: the first characters of the appeal id. */
    public static String appealNumber(ReplyFacts facts) {
        return facts.appealId().toString().substring(0, APPEAL_NUMBER_LENGTH);
    }

    /** The sentence about the final answer: with the promised date when the department gave one. */
    private String promise(String promised) {
        return promised.isEmpty() ? templates.noPromise()
                : Placeholders.fill(templates.promise(), Map.of("promised", promised));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
