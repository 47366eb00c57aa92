package org.appeals.department.inbox;

import org.appeals.department.appeal.Appeals;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.web.AppealIds;
import org.appeals.department.web.AppealView;
import org.appeals.department.web.DepartmentAccess;
import org.appeals.department.web.MunicipalScope;
import org.appeals.support.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading a department's inbox: its own staff, or the centres' staff (an МЦУ's only its municipalities' appeals). */
@RestController
@RequestMapping("/api/v1/departments/{departmentId}/appeals")
class InboxController {

    private final Appeals appeals;
    private final InboxStore inbox;
    private final InboxProperties properties;

    InboxController(Appeals appeals, InboxStore inbox, InboxProperties properties) {
        this.inbox = inbox;
        this.appeals = appeals;
        this.properties = properties;
    }

    @GetMapping
    InboxPage list(Caller caller, @PathVariable String departmentId,
                   @RequestParam(required = false) String status, @RequestParam(required = false) String sort,
                   @RequestParam(required = false) String dueBefore, @RequestParam(required = false) Boolean overdue,
                   @RequestParam(required = false) Integer limit) {
        DepartmentAccess.requireReader(caller, departmentId);
        InboxQuery query = InboxQuery.of(status, sort, dueBefore, overdue, limit, properties);
        var items = inbox.inbox(query.criteria(departmentId, MunicipalScope.of(caller))).stream()
                .map(AppealView::of).toList();
        return new InboxPage(departmentId, items);
    }

    @GetMapping("/{appealId}")
    AppealView one(Caller caller, @PathVariable String departmentId, @PathVariable String appealId) {
        DepartmentAccess.requireReader(caller, departmentId);
        DepartmentAppeal appeal = appeals.find(AppealIds.parse(appealId))
                .filter(found -> found.assignedTo(departmentId))
                .orElseThrow(AppealIds::notInInbox);
        MunicipalScope.requireSees(caller, appeal.assignment().municipality());
        return AppealView.of(appeal);
    }
}
