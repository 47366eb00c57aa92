package org.appeals.department.overdue;

import java.util.List;
import org.appeals.department.web.AppealView;
import org.appeals.department.web.MunicipalScope;
import org.appeals.department.web.StaffAccess;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The coordinating centre's list of open appeals with a missed deadline, across departments or for one. */
@RestController
@RequestMapping("/api/v1/overdue")
class OverdueController {

    private static final int MAX_LIMIT = 500;

    private final OverdueStore store;

    OverdueController(OverdueStore store) {
        this.store = store;
    }

    @GetMapping
    List<AppealView> list(Caller caller, @RequestParam(required = false) String departmentId,
                          @RequestParam(defaultValue = "100") int limit) {
        StaffAccess.requireStaff(caller);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return store.overdue(departmentId, MunicipalScope.of(caller), limit).stream().map(AppealView::of).toList();
    }
}
