package org.appeals.intake.view;

import org.appeals.intake.appeal.AppealHistories;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/appeals/{id}}: staff see any appeal, a channel only its own. Another channel's appeal answers
 * exactly like a missing one, so a channel key learns nothing about appeals that are not its own.
 */
@RestController
class AppealQueryController {

    private final AppealHistories histories;

    AppealQueryController(AppealHistories histories) {
        this.histories = histories;
    }

    @GetMapping("/api/v1/appeals/{id}")
    AppealView appeal(@PathVariable String id, Caller caller) {
        caller.requireRole(Role.CHANNEL, Role.OPERATOR, Role.ADMIN);
        return histories.find(AppealIds.parse(id))
                .filter(history -> visibleTo(caller, history))
                .map(history -> AppealViews.of(history, caller.isStaff()))
                .orElseThrow(() -> ApiException.notFound("No appeal with this id."));
    }

    private static boolean visibleTo(Caller caller, AppealHistory history) {
        return caller.isStaff()
                || history.channel().map(channel -> channel.name().equals(caller.scope())).orElse(false);
    }
}
