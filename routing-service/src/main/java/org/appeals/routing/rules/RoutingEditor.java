package org.appeals.routing.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.routing.directory.Department;
import org.appeals.routing.directory.Directory;
import org.appeals.routing.directory.RoutingTable;
import org.appeals.routing.directory.RuleOverride;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Changes the directory and the overrides: checks the result still answers every category everywhere, claims the
 * stored version (so two editors cannot both win), writes, records who changed what, and takes the change into use.
 */
@Service
class RoutingEditor {

    private static final Logger log = LoggerFactory.getLogger(RoutingEditor.class);

    private final RoutingBook book;
    private final MongoRoutingStore store;
    private final MongoAuditLog audit;

    RoutingEditor(RoutingBook book, MongoRoutingStore store, MongoAuditLog audit) {
        this.book = book;
        this.store = store;
        this.audit = audit;
    }

    Department putDepartment(Caller caller, String id, DepartmentChange change) {
        Department next = change.toDepartment(id);
        RoutingBook.Snapshot snapshot = book.snapshot();
        checkDirectory(snapshot.table().directory(), next);
        Department before = snapshot.table().directory().byId(id).orElse(null);
        commit(snapshot, () -> store.save(next), new AuditEntry(Instant.now(), caller.actor(),
                ChangeKind.DEPARTMENT_PUT, id, shown(before), shown(next)));
        return next;
    }

    RuleOverride putOverride(Caller caller, String categoryCode, String scopeCode, OverrideChange change) {
        Category category = OverrideChange.category(categoryCode);
        Municipality municipality = OverrideChange.scope(scopeCode);
        RoutingBook.Snapshot snapshot = book.snapshot();
        RuleOverride next = change.toOverride(category, municipality, snapshot.table().directory());
        RuleOverride before = snapshot.table().override(category, municipality).orElse(null);
        commit(snapshot, () -> store.save(next), new AuditEntry(Instant.now(), caller.actor(),
                ChangeKind.OVERRIDE_PUT, next.ruleId(), shown(before), shown(next)));
        return next;
    }

    void deleteOverride(Caller caller, String categoryCode, String scopeCode) {
        Category category = OverrideChange.category(categoryCode);
        Municipality municipality = OverrideChange.scope(scopeCode);
        RoutingBook.Snapshot snapshot = book.snapshot();
        RuleOverride before = snapshot.table().override(category, municipality).orElseThrow(() ->
                ApiException.notFound("There is no override for " + category + " in "
                        + (municipality == null ? RuleOverride.ANY : municipality) + "."));
        commit(snapshot, () -> store.delete(before), new AuditEntry(Instant.now(), caller.actor(),
                ChangeKind.OVERRIDE_DELETE, before.ruleId(), shown(before), null));
    }

    private static void checkDirectory(Directory directory, Department next) {
        try {
            Directory.checkWellFormed(next);
        } catch (IllegalStateException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        List<Department> departments = new ArrayList<>(directory.all());
        departments.removeIf(d -> d.id().equals(next.id()));
        departments.add(next);
        try {
            new Directory(departments);
        } catch (IllegalStateException e) {
            throw ApiException.conflict("The change is refused: " + e.getMessage());
        }
    }

    private void commit(RoutingBook.Snapshot snapshot, Runnable write, AuditEntry entry) {
        if (!store.claim(snapshot.version())) {
            book.reload();
            throw ApiException.conflict("The routing rules were changed by someone else just now; read and retry.");
        }
        write.run();
        store.touch();
        audit.record(entry);
        book.reload();
        log.info("routing {} {} by {} ({})", entry.change(), entry.target(), entry.actor().id(), entry.actor().role());
    }

    private static Map<String, Object> shown(Department department) {
        return department == null ? null : MongoRoutingDocuments.toDocument(department);
    }

    private static Map<String, Object> shown(RuleOverride override) {
        return override == null ? null : MongoRoutingDocuments.toDocument(override);
    }
}
