package org.appeals.intake.audit;

import java.util.List;
import java.util.UUID;
import org.appeals.intake.appeal.AppealIds;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.PathIds;
import org.appeals.support.web.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit/personal-data-reads}: who read residents' personal data, newest first; admins only. */
@RestController
class PersonalDataReadsController {

    static final int MAX_LIMIT = 500;
    /** Stands for a number no appeal has: no read names it. */
    private static final UUID NO_APPEAL = new UUID(0, 0);

    private final PersonalDataReads reads;
    private final AppealIds ids;

    PersonalDataReadsController(PersonalDataReads reads, AppealIds ids) {
        this.reads = reads;
        this.ids = ids;
    }

    @GetMapping("/api/v1/audit/personal-data-reads")
    List<PersonalDataRead> list(Caller caller, @RequestParam(required = false) String appealId,
                                @RequestParam(required = false) String actor,
                                @RequestParam(defaultValue = "100") int limit) {
        caller.requireRole(Role.ADMIN);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return reads.latest(appealId(appealId), actor == null || actor.isBlank() ? null : actor.strip(), limit);
    }

    /** An id, or a registration number; a number no appeal has is answered with no reads, as an unknown id is. */
    private UUID appealId(String appealId) {
        if (appealId == null || appealId.isBlank()) {
            return null;
        }
        String value = appealId.strip();
        if (AppealIds.isNumber(value)) {
            return ids.numbered(value).orElse(NO_APPEAL);
        }
        return PathIds.canonical(value).orElseThrow(() -> ApiException.badRequest(
                "appealId is a UUID such as 5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11, or a registration number such as "
                        + "34-2026-004217."));
    }
}
