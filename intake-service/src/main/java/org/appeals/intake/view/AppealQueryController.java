package org.appeals.intake.view;

import java.util.Optional;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.Municipality;
import org.appeals.intake.appeal.AppealHistories;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealIds;
import org.appeals.intake.audit.PersonalDataReads;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/appeals/{id}} ({@code id} or the registration number): staff see the appeals of their
 * municipalities (an МЦУ operator its own, the regional centre and admins all; one whose municipality is not known yet
 * only the latter), a channel only its own.
 * Another channel's appeal answers exactly like a missing one, so a channel key learns nothing about appeals that
 * are not its own. Staff see the resident's personal data, so every such read is recorded.
 */
@RestController
class AppealQueryController {

    private final AppealIds ids;
    private final AppealHistories histories;
    private final PersonalDataReads reads;

    AppealQueryController(AppealIds ids, AppealHistories histories, PersonalDataReads reads) {
        this.ids = ids;
        this.histories = histories;
        this.reads = reads;
    }

    @GetMapping("/api/v1/appeals/{id}")
    AppealView appeal(@PathVariable String id, Caller caller) {
        caller.requireRole(Role.CHANNEL, Role.OPERATOR, Role.ADMIN);
        AppealHistory history = ids.resolve(id).flatMap(histories::find)
                .filter(found -> visibleTo(caller, found))
                .orElseThrow(AppealQueryController::noSuchAppeal);
        if (caller.isStaff()) {
            if (!caller.seesMunicipality(municipality(history))) {
                throw ApiException.forbidden("This appeal is not in your centre's municipalities.");
            }
            reads.record(history.appealId(), caller.actor());
        }
        return AppealViews.of(history, caller.isStaff());
    }

    private static ApiException noSuchAppeal() {
        return ApiException.notFound("No appeal with this id.");
    }

    private static boolean visibleTo(Caller caller, AppealHistory history) {
        return caller.isStaff()
                || history.channel().map(channel -> caller.isChannel(channel.name())).orElse(false);
    }

    /** Where routing last placed it (for triage, the municipality it suggested); null while nobody can tell. */
    private static String municipality(AppealHistory history) {
        Optional<Municipality> placed = history.latestAssignment().map(AppealAssigned::municipality);
        return placed.filter(municipality -> municipality != Municipality.UNKNOWN).map(Enum::name).orElse(null);
    }
}
