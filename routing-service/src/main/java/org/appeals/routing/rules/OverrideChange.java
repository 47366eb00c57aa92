package org.appeals.routing.rules;

import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.routing.directory.Codes;
import org.appeals.routing.directory.Department;
import org.appeals.routing.directory.Directory;
import org.appeals.routing.directory.RuleOverride;
import org.appeals.support.web.ApiException;

/** An override as an operator sends it: the department to send to and why. */
record OverrideChange(String departmentId, String reason) {

    static final int MAX_REASON = 1000;

    RuleOverride toOverride(Category category, Municipality municipality, Directory directory) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw ApiException.badRequest("reason is required, at most " + MAX_REASON + " characters.");
        }
        Department department = directory.byId(departmentId == null ? null : departmentId.trim())
                .orElseThrow(() -> ApiException.badRequest(
                        "departmentId is not in the directory; see GET /api/v1/routing/departments."));
        if (!department.receivesAppeals()) {
            throw ApiException.badRequest("Department " + department.id() + " is inactive and receives no appeals.");
        }
        return new RuleOverride(category, municipality, department.id(), reason.strip());
    }

    /** The category of an override path: any code but OTHER, which always goes to triage. */
    static Category category(String code) {
        Category category = Codes.category(code);
        if (category == Category.OTHER) {
            throw ApiException.badRequest("OTHER cannot be overridden: those appeals go to triage.");
        }
        return category;
    }

    /** The municipality of an override path: a code, or ANY (returned as null); never UNKNOWN. */
    static Municipality scope(String code) {
        if (code != null && RuleOverride.ANY.equalsIgnoreCase(code.trim())) {
            return null;
        }
        Municipality municipality = Codes.municipality(code);
        if (municipality == Municipality.UNKNOWN) {
            throw ApiException.badRequest("Use ANY for every municipality; UNKNOWN appeals go to triage.");
        }
        return municipality;
    }
}
