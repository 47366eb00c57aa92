package org.appeals.console.layout;

import java.util.ArrayList;
import java.util.List;
import org.appeals.support.web.Role;
import tools.jackson.databind.JsonNode;

/**
 * Who is logged in, as the gateway maps the person's token ({@code GET /api/v1/me}): the platform role and scope.
 * It only chooses what the pages offer; every call is still checked by the gateway and the services.
 */
public record Me(String name, Role role, boolean regionWide, List<String> municipalities, List<String> departments) {

    static Me of(JsonNode node) {
        return new Me(node.path("name").asString(""), Role.valueOf(node.path("role").asString("CHANNEL")),
                node.path("regionWide").asBoolean(false), strings(node.path("municipalities")),
                strings(node.path("departments")));
    }

    /** Operators (ЦУР, МЦУ) and admins: the centre's pages. */
    public boolean isOperator() {
        return role == Role.OPERATOR || role == Role.ADMIN;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isDepartment() {
        return role == Role.DEPARTMENT;
    }

    /** The department whose inbox opens first: the first the person works for. */
    public String firstDepartment() {
        return departments.isEmpty() ? null : departments.get(0);
    }

    /** Parked deliveries and directory edits are the regional centre's (ЦУР) and admins'. */
    public boolean isRegionalStaff() {
        return isOperator() && regionWide;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return List.copyOf(values);
    }
}
