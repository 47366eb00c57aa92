package org.appeals.routing.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.routing.directory.Department;
import org.appeals.routing.directory.RuleOverride;
import org.bson.Document;

/** Departments and overrides as MongoDB documents; the same shape the audit shows as before and after. */
final class MongoRoutingDocuments {

    private MongoRoutingDocuments() {
    }

    static Document toDocument(Department department) {
        return new Document("_id", department.id())
                .append("name", department.name())
                .append("municipality", department.municipality() == null ? null : department.municipality().name())
                .append("categories", department.categories().stream().map(Enum::name).sorted().toList())
                .append("active", department.receivesAppeals());
    }

    static Department department(Document document) {
        String municipality = document.getString("municipality");
        Set<Category> categories = document.getList("categories", String.class).stream()
                .map(Category::valueOf).collect(Collectors.toSet());
        return new Department(document.getString("_id"), document.getString("name"),
                municipality == null ? null : Municipality.valueOf(municipality), categories,
                document.getBoolean("active", true));
    }

    static Document toDocument(RuleOverride override) {
        return new Document("_id", key(override))
                .append("category", override.category().name())
                .append("municipality", override.scope())
                .append("departmentId", override.departmentId())
                .append("reason", override.reason());
    }

    static RuleOverride override(Document document) {
        String scope = document.getString("municipality");
        return new RuleOverride(Category.valueOf(document.getString("category")),
                RuleOverride.ANY.equals(scope) ? null : Municipality.valueOf(scope),
                document.getString("departmentId"), document.getString("reason"));
    }

    static String key(RuleOverride override) {
        return override.category() + ":" + override.scope();
    }

    static List<Document> all(List<Department> departments) {
        return departments.stream().map(MongoRoutingDocuments::toDocument).toList();
    }
}
