package org.appeals.department.incident;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Location;
import org.appeals.contracts.Municipality;

/** Reports of road problems in Mikhailovka, with fresh appeal ids; a department id no other test uses. */
final class Reports {

    static final Instant MONDAY_NOON = Instant.parse("2026-03-02T09:00:00Z");
    /** Улица Мира, Михайловка, points about 100 m east and west of it (200 m apart), and one 2 km north. */
    static final Location MIRA_5 = new Location("Михайловка, ул. Мира, 5", 50.0600, 43.2400);
    static final Location MIRA_5_EAST_100M = new Location("Михайловка, ул. Мира, 9", 50.0600, 43.2414);
    static final Location MIRA_5_WEST_100M = new Location("Михайловка, ул. Мира, 1", 50.0600, 43.2386);
    static final Location TWO_KM_AWAY = new Location("Михайловка, ул. Обороны", 50.0780, 43.2400);

    private final String departmentId;

    private Reports(String departmentId) {
        this.departmentId = departmentId;
    }

    static Reports forNewDepartment() {
        return new Reports("test-roads-" + UUID.randomUUID().toString().substring(0, 8));
    }

    String departmentId() {
        return departmentId;
    }

    IncidentReport road(String text, Location location, Instant receivedAt) {
        return report(Category.ROADS, Municipality.MIKHAILOVKA, text, location, receivedAt);
    }

    IncidentReport report(Category category, Municipality municipality, String text, Location location,
                          Instant receivedAt) {
        return new IncidentReport(UUID.randomUUID(), departmentId, category, municipality, text, location, receivedAt);
    }
}
