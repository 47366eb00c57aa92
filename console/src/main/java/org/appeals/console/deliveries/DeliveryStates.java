package org.appeals.console.deliveries;

import java.util.Set;

/** Notification's delivery states ({@code DeliveryState}) and the roles of who re-sent, in Russian. */
final class DeliveryStates {

    static final Set<String> RESENDABLE = Set.of("PARKED", "FAILED");

    private DeliveryStates() {
    }

    static String name(String state) {
        return switch (state == null ? "" : state) {
            case "AWAITING_ADDRESS" -> "ждёт адреса заявителя";
            case "PENDING" -> "отправляется";
            case "DELIVERED" -> "передано в канал";
            case "PARKED" -> "не доставлено, ждёт повторной отправки";
            case "FAILED" -> "не доставлено";
            case "SKIPPED" -> "не отправлялось (канал не принимает)";
            default -> state == null ? "" : state;
        };
    }

    static String actor(String id, String role) {
        String roleName = switch (role == null ? "" : role) {
            case "OPERATOR" -> "оператор";
            case "ADMIN" -> "администратор";
            default -> role == null ? "" : role;
        };
        if (id == null || id.isEmpty()) {
            return roleName.isEmpty() ? "неизвестно" : roleName;
        }
        return roleName.isEmpty() ? id : id + " (" + roleName + ")";
    }
}
