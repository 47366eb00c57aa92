package org.appeals.routing.directory;

import java.util.Set;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/**
 * A body that answers appeals: a department of an urban okrug, a district's administration, or a regional body
 * (municipality null) for the categories it handles.
 */
public record Department(String id, String name, Municipality municipality, Set<Category> categories) {

    public Department {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    /** A regional body answers wherever in the region the problem is. */
    public boolean regional() {
        return municipality == null;
    }
}
