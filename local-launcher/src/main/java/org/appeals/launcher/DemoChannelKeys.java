package org.appeals.launcher;

import java.util.Locale;
import org.appeals.contracts.Channel;

/** The gateway's demo key of each channel ({@code demo-channel-vk}, …), seeded only in demo mode (gateway DemoKeys). */
public final class DemoChannelKeys {

    private DemoChannelKeys() {
    }

    public static String of(Channel channel) {
        return "demo-channel-" + channel.name().toLowerCase(Locale.ROOT);
    }
}
