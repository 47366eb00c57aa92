package org.appeals.intake.registration;

import java.time.Instant;
import java.util.Arrays;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Author;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;

/**
 * Checks a posted body field by field and turns it into the appeal it describes, or fails naming every bad field. The
 * appeal is the channel adapters' own contract, {@link AppealSubmission}, with every field checked, {@code receivedAt}
 * null when the channel did not say, and no {@code inReplyTo} or feedback (a reply is {@link ResponseRequests}' to
 * check).
 */
final class AppealRequestValidator {

    static final int MAX_EXTERNAL_ID = 200;
    static final int MAX_TEXT = 10_000;
    static final int MAX_AUTHOR_FIELD = 200;

    private static final String CHANNEL_CODES = Arrays.toString(Channel.values());
    /** The taxonomy's categories, which Open311's service list offers too (its service codes are these codes). */
    private static final String CATEGORY_CODES = Arrays.toString(Category.values());

    private AppealRequestValidator() {
    }

    /** {@code now} bounds {@code receivedAt} ({@link ReceivedAtRule}). */
    static AppealSubmission validate(AppealRequest body, Instant now) {
        Violations violations = new Violations();
        Channel channel = channel(body.channel(), violations);
        String externalId = violations.required("externalId", body.externalId(), MAX_EXTERNAL_ID);
        String text = violations.requiredText("text", body.text(), MAX_TEXT);
        Author author = author(body.author(), violations);
        var replyTo = AddressRules.replyTo(body.replyTo(), violations);
        var location = AddressRules.location(body.location(), violations);
        var attachments = AttachmentRules.attachments(body.attachments(), violations);
        Instant receivedAt = ReceivedAtRule.receivedAt(body.receivedAt(), now, violations);
        String categoryHint = categoryHint(body.categoryHint(), violations);
        violations.throwIfAny();
        return new AppealSubmission(channel, externalId, text, author, replyTo, location, attachments, receivedAt,
                null, null, categoryHint);
    }

    static Channel channel(String code, Violations violations) {
        if (code == null || code.isBlank()) {
            violations.add("channel", "is required: one of " + CHANNEL_CODES);
            return null;
        }
        try {
            return Channel.valueOf(code);
        } catch (IllegalArgumentException e) {
            violations.add("channel", "is not a known channel code: one of " + CHANNEL_CODES);
            return null;
        }
    }

    /**
     * A code of the taxonomy, or null: a hint routing weighs, so a wrong one is refused rather than passed on. A blank
     * one is no choice (what a form's empty option sends).
     */
    private static String categoryHint(String code, Violations violations) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (Category category : Category.values()) {
            if (category.name().equals(code)) {
                return code;
            }
        }
        violations.add("categoryHint", "is not a category code of the taxonomy: one of " + CATEGORY_CODES);
        return null;
    }

    private static Author author(AppealRequest.AuthorBody author, Violations violations) {
        if (author == null) {
            violations.add("author", "is required, with at least an id");
            return null;
        }
        return new Author(violations.required("author.id", author.id(), MAX_AUTHOR_FIELD),
                violations.optional("author.name", author.name(), MAX_AUTHOR_FIELD),
                violations.optional("author.contact", author.contact(), MAX_AUTHOR_FIELD));
    }
}
