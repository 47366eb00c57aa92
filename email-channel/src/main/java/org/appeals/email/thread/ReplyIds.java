package org.appeals.email.thread;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Message-ID of each reply we send, {@code <reply.<appealId>.<deliveryId>@<domain>>}: the same for a delivery
 * however often it is sent, and it names the appeal, so a resident's answer to it finds its appeal again.
 */
@Component
public class ReplyIds {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final String domain;
    private final Pattern ours;

    public ReplyIds(@Value("${appeals.email.message-id-domain:appeals.local}") String domain) {
        this.domain = domain;
        this.ours = Pattern.compile("<reply\\.(" + UUID_PATTERN + ")\\.(" + UUID_PATTERN + ")@"
                + Pattern.quote(domain) + ">", Pattern.CASE_INSENSITIVE);
    }

    /** The Message-ID of a delivery's mail. */
    public String of(UUID appealId, UUID deliveryId) {
        return "<reply." + appealId + "." + deliveryId + "@" + domain + ">";
    }

    /** The appeal of the latest of our replies among these ids (In-Reply-To first, then References from the end). */
    public Optional<UUID> appealRepliedTo(List<String> inReplyTo, List<String> references) {
        for (String id : inReplyTo) {
            Optional<UUID> appeal = appealOf(id);
            if (appeal.isPresent()) {
                return appeal;
            }
        }
        for (int i = references.size() - 1; i >= 0; i--) {
            Optional<UUID> appeal = appealOf(references.get(i));
            if (appeal.isPresent()) {
                return appeal;
            }
        }
        return Optional.empty();
    }

    private Optional<UUID> appealOf(String messageId) {
        Matcher matcher = ours.matcher(messageId);
        return matcher.matches() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
    }
}
