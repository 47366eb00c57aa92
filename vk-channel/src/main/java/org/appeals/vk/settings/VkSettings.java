package org.appeals.vk.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the adapter needs to know about its community, VK and the platform. {@code demoFake}: no token was given
 * with {@code APPEALS_DEMO=true}, so the adapter talks to the local fake of VK on {@code fakePort}.
 */
public record VkSettings(
        String accessToken,
        long groupId,
        String callbackSecret,
        String confirmationCode,
        String apiUrl,
        String apiVersion,
        List<String> hashtags,
        boolean demoFake,
        int fakePort,
        String channelApiKey,
        String webhookSecret,
        String gatewayUrl,
        Duration webhookMaxAge) {

    /** The community's wall and peer id as VK writes it: negative. */
    public long communityId() {
        return -groupId;
    }

    /** Whether the text carries one of the configured hashtags (case-insensitive, as VK's search treats them). */
    public boolean tagged(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return hashtags.stream().anyMatch(tag -> containsTag(lower, tag.toLowerCase(Locale.ROOT)));
    }

    private static boolean containsTag(String text, String tag) {
        int at = text.indexOf(tag);
        while (at >= 0) {
            int end = at + tag.length();
            // #ЦУР34 is not #ЦУР345: the tag must end where a word ends
            if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_') {
                return true;
            }
            at = text.indexOf(tag, at + 1);
        }
        return false;
    }

    static List<String> parseHashtags(String configured) {
        return Arrays.stream(configured.split("[,\\s]+")).map(String::strip).filter(tag -> !tag.isEmpty())
                .map(tag -> tag.startsWith("#") ? tag : "#" + tag).toList();
    }

    /** Leaves out the token and the secrets. */
    @Override
    public String toString() {
        return "VkSettings[groupId=" + groupId + ", apiUrl=" + apiUrl + ", apiVersion=" + apiVersion
                + ", hashtags=" + hashtags + ", demoFake=" + demoFake + ", gatewayUrl=" + gatewayUrl + "]";
    }
}
