package org.appeals.department.incident;

import org.appeals.department.web.DepartmentAccess;
import org.appeals.department.web.MunicipalScope;
import org.appeals.support.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A department's incidents: its own staff, or the centres' staff (an МЦУ's only those of its municipalities). */
@RestController
@RequestMapping("/api/v1/departments/{departmentId}/incidents")
class DepartmentIncidentController {

    private final Incidents incidents;

    DepartmentIncidentController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    IncidentPage list(Caller caller, @PathVariable String departmentId) {
        DepartmentAccess.requireReader(caller, departmentId);
        return new IncidentPage(incidents.openFor(departmentId, MunicipalScope.of(caller)));
    }
}
