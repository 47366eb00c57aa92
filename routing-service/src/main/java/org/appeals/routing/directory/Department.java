package org.appeals.routing.directory;

import java.util.Set;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/**
 * A body that answers appeals: a department of an urban okrug, a district's administration, or a regional body
 * (municipality null) for the categories it handles. An inactive one stays listed but receives no appeals.
 */
public record Department(String id, String name, Municipality municipality, Set<Category> categories,
                         Boolean active) {

    public Department {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        active = active == null || active;
    }

    /** An active department. */
    public Department(String id, String name, Municipality municipality, Set<Category> categories) {
        this(id, name, municipality, categories, true);
    }

    /** A regional body answers wherever in the region the problem is. */
    public boolean regional() {
        return municipality == null;
    }

    /** Whether appeals may be sent here. */
    public boolean receivesAppeals() {
        return Boolean.TRUE.equals(active);
    }
}
