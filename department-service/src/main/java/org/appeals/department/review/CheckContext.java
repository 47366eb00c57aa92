package org.appeals.department.review;

import java.util.List;

/**
 * What the check must not count as a third party's personal data.
 *
 * @param residentName the resident's own name as they gave it, or {@code null}
 * @param officialContacts the department's official phones, e-mails and signatories' names
 */
public record CheckContext(String residentName, List<String> officialContacts) {

    public CheckContext {
        officialContacts = officialContacts == null ? List.of() : List.copyOf(officialContacts);
    }

    /** A context with nothing to exempt. */
    public static CheckContext none() {
        return new CheckContext(null, List.of());
    }
}
