package org.appeals.console.card;

import org.appeals.console.layout.CodeNames;
import org.appeals.console.layout.DeadlineKind;

/** Codes of the view in the words the card uses; an unknown code is shown as it came. */
final class Names {

    private Names() {
    }

    static String channel(String code) {
        return CodeNames.channel(code).orElse(code == null ? "" : code);
    }

    /** Who acted: the login (staff see it) and the role in Russian; the platform itself as "система". */
    static String actor(String id, String role) {
        String roleName = switch (role == null ? "" : role) {
            case "OPERATOR" -> "оператор";
            case "ADMIN" -> "администратор";
            case "DEPARTMENT" -> "ведомство";
            case "CHANNEL" -> "канал";
            case "SYSTEM" -> "система";
            default -> role == null ? "" : role;
        };
        if ("SYSTEM".equals(role) || id == null || id.isEmpty()) {
            return roleName;
        }
        return roleName.isEmpty() ? id : id + " (" + roleName + ")";
    }

    static String deadline(String kind) {
        return DeadlineKind.of(kind).map(DeadlineKind::term).orElse(kind == null ? "срок" : kind);
    }
}
