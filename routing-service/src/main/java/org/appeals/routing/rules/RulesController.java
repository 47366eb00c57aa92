package org.appeals.routing.rules;

import java.util.List;
import org.appeals.routing.directory.Department;
import org.appeals.routing.directory.RuleOverride;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory, the rules and their audit, changeable at run time. Every centre's staff may read the directory and
 * the rules; changing them, and reading who changed what, is for the regional centre (ЦУР) and admins, since a
 * change applies to the whole region.
 */
@RestController
@RequestMapping("/api/v1/routing")
class RulesController {

    static final int MAX_AUDIT = 500;

    private final RoutingBook book;
    private final RoutingEditor editor;
    private final MongoAuditLog audit;

    RulesController(RoutingBook book, RoutingEditor editor, MongoAuditLog audit) {
        this.book = book;
        this.editor = editor;
        this.audit = audit;
    }

    @GetMapping("/departments")
    List<Department> departments(Caller caller) {
        staff(caller);
        return book.table().directory().all();
    }

    @PutMapping("/departments/{id}")
    Department putDepartment(Caller caller, @PathVariable String id, @RequestBody DepartmentChange change) {
        caller.requireWholeRegion();
        return editor.putDepartment(caller, id, change);
    }

    @GetMapping("/rules")
    RulesView rules(Caller caller) {
        staff(caller);
        return RulesView.of(book.snapshot());
    }

    @PutMapping("/overrides/{category}/{municipality}")
    RuleOverride putOverride(Caller caller, @PathVariable String category, @PathVariable String municipality,
                             @RequestBody OverrideChange change) {
        caller.requireWholeRegion();
        return editor.putOverride(caller, category, municipality, change);
    }

    @DeleteMapping("/overrides/{category}/{municipality}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteOverride(Caller caller, @PathVariable String category, @PathVariable String municipality) {
        caller.requireWholeRegion();
        editor.deleteOverride(caller, category, municipality);
    }

    @GetMapping("/audit")
    List<AuditEntry> audit(Caller caller, @RequestParam(defaultValue = "50") int limit) {
        caller.requireWholeRegion();
        if (limit < 1 || limit > MAX_AUDIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_AUDIT + ".");
        }
        return audit.latest(limit);
    }

    private static void staff(Caller caller) {
        if (!caller.isStaff()) {
            throw ApiException.forbidden("Only the centres' operators and admins may read or change routing.");
        }
    }
}
