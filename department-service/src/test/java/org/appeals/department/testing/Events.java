package org.appeals.department.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Author;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.Location;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;

/** Events as the other services publish them, with fresh ids so that tests never share an appeal. */
public final class Events {

    public static final String AUTHOR_NAME = "Мария Ивановна Петрова";
    public static final String AUTHOR_CONTACT = "+7 902 000-11-22";
    /** A final answer specific enough that the automatic check raises no flag: it goes out without review. */
    public static final String CLEAN_FINAL_TEXT =
            "Яма на ул. Мира у дома 5 заделана асфальтом 21 ноября, работы приняты комиссией.";

    private Events() {
    }

    /** A department id no other test uses. */
    public static String department() {
        return "test-roads-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static AppealAssigned assigned(UUID appealId, String departmentId) {
        return assigned(appealId, departmentId, Instant.now());
    }

    public static AppealAssigned assigned(UUID appealId, String departmentId, Instant at) {
        return assigned(appealId, departmentId, Municipality.MIKHAILOVKA, at, null);
    }

    /** Placed in {@code municipality} by {@code actor} (null: as an older routing that named nobody). */
    public static AppealAssigned assigned(UUID appealId, String departmentId, Municipality municipality, Instant at,
                                          Actor actor) {
        return new AppealAssigned(AppealAssigned.SCHEMA_VERSION, UUID.randomUUID(), appealId, at,
                RoutingOutcome.ASSIGNED, RoutingMethod.AUTO, Category.ROADS, municipality, departmentId,
                "Отдел " + departmentId, new RoutingReason("municipal:ROADS", List.of("яма"), 0.82, "category ROADS"),
                new Deadlines(at.plus(Duration.ofHours(9)), at.plus(Duration.ofDays(30))), actor);
    }

    public static AppealAssigned triage(UUID appealId) {
        return new AppealAssigned(AppealAssigned.SCHEMA_VERSION, UUID.randomUUID(), appealId, Instant.now(),
                RoutingOutcome.TRIAGE, RoutingMethod.AUTO, Category.OTHER, Municipality.UNKNOWN, null, null,
                new RoutingReason("triage", List.of(), 0.1, "nothing matched"), null);
    }

    public static AppealReceived received(UUID appealId, String text) {
        return new AppealReceived(AppealReceived.SCHEMA_VERSION, UUID.randomUUID(), appealId, Instant.now(),
                Channel.TELEGRAM, "chat-77:" + appealId, text, new Author("tg-1", AUTHOR_NAME, AUTHOR_CONTACT),
                Map.of("chatId", "secret-chat-77", "messageId", "5001"),
                new Location("Михайловка, ул. Мира", 50.06, 43.24), List.of("https://example.org/photo/1.jpg"),
                Instant.now());
    }

    public static AppealNotified delivered(UUID appealId, UUID answerId, AnswerKind kind) {
        return new AppealNotified(AppealNotified.SCHEMA_VERSION, UUID.randomUUID(), appealId, Instant.now(),
                UUID.randomUUID(), answerId, Channel.TELEGRAM, kind, DeliveryOutcome.DELIVERED, 1, "webhook 200");
    }
}
