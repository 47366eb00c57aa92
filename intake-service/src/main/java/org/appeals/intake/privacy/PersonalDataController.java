package org.appeals.intake.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.ErasureReason;
import org.appeals.intake.appeal.AppealHistories;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.audit.PersonalDataAction;
import org.appeals.intake.audit.PersonalDataReads;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resident's request about their personal data (152-ФЗ), carried out by an admin: {@code GET /api/v1/personal-data}
 * exports everything intake holds about them, {@code POST /api/v1/personal-data/erasures} erases it now. The resident
 * is named by {@code contact} (e-mail or phone, compared normalised) or {@code authorId}; each appeal exported or
 * erased is recorded in the personal-data audit with the admin's name.
 */
@RestController
class PersonalDataController {

    private final ErasableAppeals appeals;
    private final AppealHistories histories;
    private final PersonalDataEraser eraser;
    private final PersonalDataReads audit;

    PersonalDataController(ErasableAppeals appeals, AppealHistories histories, PersonalDataEraser eraser,
                           PersonalDataReads audit) {
        this.appeals = appeals;
        this.histories = histories;
        this.eraser = eraser;
        this.audit = audit;
    }

    @GetMapping("/api/v1/personal-data")
    Export export(Caller caller, @RequestParam(required = false) String contact,
                  @RequestParam(required = false) String authorId) {
        caller.requireRole(Role.ADMIN);
        List<ExportedAppeal> exported = new ArrayList<>();
        for (UUID appealId : appeals.heldBy(resident(contact, authorId))) {
            histories.find(appealId).filter(history -> history.received() != null).ifPresent(history -> {
                exported.add(ExportedAppeal.of(history));
                audit.record(appealId, caller.actor(), PersonalDataAction.EXPORT);
            });
        }
        return new Export(exported);
    }

    @PostMapping("/api/v1/personal-data/erasures")
    Erasure erase(Caller caller, @RequestBody ErasureRequest request) {
        caller.requireRole(Role.ADMIN);
        if (request.reason() == null || request.reason().isBlank()) {
            throw ApiException.badRequest("reason is required: why the resident's data is erased (their request).");
        }
        List<Erased> erased = new ArrayList<>();
        for (UUID appealId : appeals.heldBy(resident(request.contact(), request.authorId()))) {
            String number = histories.find(appealId).map(AppealHistory::received)
                    .map(received -> received.registrationNumber()).orElse(null);
            if (eraser.erase(appealId, ErasureReason.REQUEST, request.reason().strip())) {
                audit.record(appealId, caller.actor(), PersonalDataAction.ERASURE);
                erased.add(new Erased(appealId, number));
            }
        }
        return new Erasure(erased);
    }

    private static ResidentKey resident(String contact, String authorId) {
        try {
            return ResidentKey.of(contact, authorId);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** Whom to erase and why; the reason is the admin's note (the resident's request and its date). */
    record ErasureRequest(String contact, String authorId, String reason) {
    }

    /** Every appeal intake holds about the resident, none erased before. */
    record Export(List<ExportedAppeal> appeals) {
    }

    /** The appeals this request erased. */
    record Erasure(List<Erased> appeals) {
    }

    record Erased(UUID appealId, String registrationNumber) {
    }
}
