package org.appeals.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appeals.contracts.Channel;

/**
 * The banner's part on the social networks: each adapter runs against its local fake of the network's API, whose
 * control API plays the resident (a comment, a message) and shows the thread the reply was posted in.
 */
final class NetworkDirections {

    private static final String INDENT = "                ";
    private static final String JSON = " -H 'Content-Type: application/json'";

    /** What the resident writes on each network, as the fake's control API takes it. */
    private static final Map<Channel, String> WRITE = Map.of(
            Channel.VK, "/fake/comment -d '{\"from_id\":501,\"post_id\":1,"
                    + "\"text\":\"Яма на улице Мира в Михайловке\"}'",
            Channel.TELEGRAM, "/fake/message -d '{\"chat_id\":1001,\"first_name\":\"Анна\","
                    + "\"text\":\"Яма на улице Мира в Михайловке\","
                    + "\"location\":{\"latitude\":50.06,\"longitude\":43.24}}'",
            Channel.OK, "/fake/message -d '{\"user_id\":\"501\",\"chat_id\":\"c501\",\"name\":\"Анна\","
                    + "\"text\":\"Яма на улице Мира в Михайловке\"}'");
    /** Where the fake shows the threads with the replies posted in them. */
    private static final Map<Channel, String> READ = Map.of(
            Channel.VK, "/fake/threads", Channel.TELEGRAM, "/fake/chats", Channel.OK, "/fake/chats");
    private static final Map<Channel, String> WHAT = Map.of(
            Channel.VK, "a comment under the community's post",
            Channel.TELEGRAM, "a message to the bot with a location",
            Channel.OK, "a message to the group's bot");

    private NetworkDirections() {
    }

    static List<String> lines(StackSettings settings) {
        List<String> lines = new ArrayList<>();
        for (PlatformService adapter : settings.services()) {
            adapter.network().ifPresent(channel -> {
                String fake = "localhost:" + PlatformService.fakePort(settings.ports().of(adapter));
                lines.add(String.format("  %-12s  %s against its local fake of the API at http://%s; %s:",
                        label(channel), adapter.module(), fake, WHAT.get(channel)));
                lines.add(INDENT + "curl -XPOST " + fake + WRITE.get(channel) + JSON);
                lines.add(INDENT + "curl " + fake + READ.get(channel)
                        + "   (the thread: the number at once, the answer once approved)");
            });
        }
        return lines;
    }

    private static String label(Channel channel) {
        return switch (channel) {
            case VK -> "VK";
            case TELEGRAM -> "Telegram";
            case OK -> "OK";
            default -> channel.name();
        };
    }
}
