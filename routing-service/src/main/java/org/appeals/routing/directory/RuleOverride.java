package org.appeals.routing.directory;

import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/**
 * A centre's explicit rule: appeals of this category in this municipality (null = any municipality) go to this
 * department, whatever the competence rule says, for the reason given.
 */
public record RuleOverride(Category category, Municipality municipality, String departmentId, String reason) {

    /** The word standing for "any municipality" in paths and rule ids. */
    public static final String ANY = "ANY";

    /** {@code override:<CATEGORY>:<MUNICIPALITY or ANY>}, the rule id decisions carry. */
    public String ruleId() {
        return "override:" + category + ":" + scope();
    }

    /** The municipality code, or ANY. */
    public String scope() {
        return municipality == null ? ANY : municipality.name();
    }

    boolean covers(Category category, Municipality municipality) {
        return this.category == category && (this.municipality == null || this.municipality == municipality);
    }
}
