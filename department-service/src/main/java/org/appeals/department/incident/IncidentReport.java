package org.appeals.department.incident;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Location;
import org.appeals.contracts.Masking;
import org.appeals.contracts.Municipality;

/**
 * An appeal as incident grouping needs it: where it was placed, what it says and where the problem is.
 *
 * @param text what the resident wrote; may be null (only its word set is kept, never the text)
 * @param location may be null, or lack coordinates
 */
public record IncidentReport(UUID appealId, String departmentId, Category category, Municipality municipality,
                             String text, Location location, Instant receivedAt) {

    IncidentKey key() {
        return new IncidentKey(departmentId, category, municipality);
    }

    /** The resident's text stays out of logs. */
    @Override
    public String toString() {
        return "IncidentReport[appealId=" + appealId + ", departmentId=" + departmentId + ", category=" + category
                + ", municipality=" + municipality + ", text=" + Masking.mask(text)
                + ", receivedAt=" + receivedAt + "]";
    }
}
