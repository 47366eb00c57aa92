package org.appeals.notification.render;

/**
 * How long one message of a channel may be.
 *
 * @param maxChars characters per message (UTF-16 units, as Telegram and VK count them); 0 or absent: no limit
 * @param maxParts messages one reply may take at most; a longer reply is shortened, ending with a link to it
 */
public record ChannelLimits(Integer maxChars, Integer maxParts) {

    public static final ChannelLimits NONE = new ChannelLimits(0, 1);

    public ChannelLimits {
        maxChars = maxChars == null || maxChars < 0 ? 0 : maxChars;
        maxParts = maxParts == null || maxParts < 1 ? 1 : maxParts;
    }

    public boolean limited() {
        return maxChars > 0;
    }
}
