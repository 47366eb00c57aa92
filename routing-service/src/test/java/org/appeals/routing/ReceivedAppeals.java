package org.appeals.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Author;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Location;

/** AppealReceived events as intake publishes them, each with fresh ids. */
final class ReceivedAppeals {

    private ReceivedAppeals() {
    }

    static AppealReceived received(String text) {
        return received(text, null);
    }

    static AppealReceived received(String text, Location location) {
        UUID appealId = UUID.randomUUID();
        Instant now = Instant.now();
        return new AppealReceived(AppealReceived.SCHEMA_VERSION, UUID.randomUUID(), appealId, now, Channel.VK,
                "wall-" + appealId, text, new Author("vk-1", "Мария Иванова", "+79001234567"),
                Map.of("ownerId", "-201", "postId", appealId.toString()), location, List.of(), now);
    }
}
