package org.appeals.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appeals.launcher.keycloak.DemoPerson;
import org.appeals.launcher.keycloak.LocalKeycloak;

/** The banner's part on people: who the demo people are, and how one logs in and calls the gateway with a token. */
final class PeopleDirections {

    private static final String INDENT = "                ";

    private PeopleDirections() {
    }

    static List<String> lines(StackSettings settings, String gateway) {
        if (!settings.keycloak()) {
            return List.of("  Keycloak      off (APPEALS_KEYCLOAK=off): people cannot log in, machine keys still work");
        }
        int port = settings.ports().keycloak();
        List<String> lines = new ArrayList<>();
        lines.add("  Keycloak      http://localhost:" + port + "   realm " + LocalKeycloak.REALM + "; admin console "
                + "http://localhost:" + port + "/admin (" + StackSettings.KEYCLOAK_ADMIN + " / "
                + StackSettings.KEYCLOAK_ADMIN_PASSWORD + ")");
        lines.add("  People        demo people of " + settings.repoRoot().relativize(settings.realmFile())
                + ", password demo-<username>:");
        for (DemoPerson person : DemoPerson.read(settings.realmFile())) {
            lines.add(String.format(Locale.ROOT, "%s%-19s %-24s %s", INDENT, person.username(), person.password(),
                    describe(person)));
        }
        lines.add("  Log in        TOKEN=$(curl -s " + LocalKeycloak.tokenEndpoint(port)
                + " -d grant_type=password -d client_id=" + LocalKeycloak.CLI_CLIENT + " \\");
        lines.add(INDENT + "  -d username=mcu-mikhailovka -d password=demo-mcu-mikhailovka"
                + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        lines.add(INDENT + "curl -H \"Authorization: Bearer $TOKEN\" " + gateway + "/api/v1/triage"
                + "   (tokens last 5 minutes)");
        return lines;
    }

    private static String describe(DemoPerson person) {
        return switch (person.role()) {
            case "appeals-regional-operator" -> "ЦУР operator: OPERATOR, the whole region";
            case "appeals-municipal-operator" -> "МЦУ operator: OPERATOR, " + String.join(", ", person.municipalities());
            case "appeals-department-staff" -> "department staff: DEPARTMENT, " + String.join(", ", person.departments());
            case "appeals-admin" -> "admin: ADMIN";
            default -> person.role();
        };
    }
}
