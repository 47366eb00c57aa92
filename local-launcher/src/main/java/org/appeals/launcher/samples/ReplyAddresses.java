package org.appeals.launcher.samples;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appeals.contracts.Channel;

/** A plausible {@code replyTo} for a sample, derived from its channel's external id. */
final class ReplyAddresses {

    private static final Pattern VK_WALL = Pattern.compile("wall(-?\\d+)_(\\d+)");
    private static final Pattern TELEGRAM = Pattern.compile("chat-(\\d+):(\\d+)");
    private static final Pattern DIGITS = Pattern.compile("(\\d+)$");

    private ReplyAddresses() {
    }

    static Map<String, String> of(Channel channel, String externalId) {
        return switch (channel) {
            case VK -> twoParts(VK_WALL, externalId, "ownerId", "postId");
            case TELEGRAM -> twoParts(TELEGRAM, externalId, "chatId", "messageId");
            case OK -> Map.of("groupId", "cur34", "topicId", lastNumber(externalId));
            case POS -> Map.of("posAppealId", lastNumber(externalId));
            case EMAIL -> Map.of("email", "resident+" + lastNumber(externalId) + "@mail.example",
                    "messageId", externalId);
            case WEB -> Map.of("email", "web-form-" + lastNumber(externalId) + "@mail.example");
        };
    }

    private static Map<String, String> twoParts(Pattern pattern, String externalId, String first, String second) {
        Matcher matcher = pattern.matcher(externalId);
        if (!matcher.find()) {
            return Map.of("threadId", externalId);
        }
        return Map.of(first, matcher.group(1), second, matcher.group(2));
    }

    private static String lastNumber(String externalId) {
        Matcher matcher = DIGITS.matcher(externalId.replaceAll("\\D+$", ""));
        return matcher.find() ? matcher.group(1) : Integer.toHexString(externalId.hashCode());
    }
}
