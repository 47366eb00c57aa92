package org.appeals.intake.open311;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * The filters of {@code GET requests}: {@code service_request_id} (comma-delimited, overrides the rest),
 * {@code service_code} (comma-delimited), {@code start_date} and {@code end_date} (W3C date-times, inclusive),
 * {@code status} ({@code open}, {@code closed} or both). Empty sets mean "any"; null dates, the default window.
 */
record RequestQuery(List<UUID> ids, Set<Category> services, Instant start, Instant end, Set<Open311Status> statuses) {

    static RequestQuery of(MultiValueMap<String, String> params) {
        List<String> errors = new ArrayList<>();
        List<UUID> ids = list(params, "service_request_id").stream().map(id -> id(id, errors)).toList();
        Set<Category> services = EnumSet.noneOf(Category.class);
        list(params, "service_code").forEach(code -> service(code, services, errors));
        Set<Open311Status> statuses = EnumSet.noneOf(Open311Status.class);
        list(params, "status").forEach(status -> status(status, statuses, errors));
        Instant start = date(params, "start_date", errors);
        Instant end = date(params, "end_date", errors);
        if (start != null && end != null && start.isAfter(end)) {
            errors.add("start_date must not be after end_date");
        }
        if (!errors.isEmpty()) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, errors);
        }
        return new RequestQuery(ids, services, start, end, statuses);
    }

    private static List<String> list(MultiValueMap<String, String> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(value -> !value.isEmpty()).toList();
    }

    /** Not a UUID, so not an id we ever gave out: said so, rather than quietly matching nothing. */
    private static UUID id(String id, List<String> errors) {
        try {
            UUID parsed = UUID.fromString(id);
            if (parsed.toString().equals(id.toLowerCase(Locale.ROOT))) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add("service_request_id " + (id.length() > 64 ? id.substring(0, 64) + "…" : id) + " is not a request id");
        return null;
    }

    private static void service(String code, Set<Category> services, List<String> errors) {
        try {
            services.add(Category.valueOf(code));
        } catch (IllegalArgumentException e) {
            errors.add("service_code must be one of " + ServiceCatalog.codes());
        }
    }

    private static void status(String status, Set<Open311Status> statuses, List<String> errors) {
        switch (status) {
            case "open" -> statuses.add(Open311Status.OPEN);
            case "closed" -> statuses.add(Open311Status.CLOSED);
            default -> errors.add("status must be open or closed");
        }
    }

    private static Instant date(MultiValueMap<String, String> params, String name, List<String> errors) {
        String value = params.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(name + " must be a W3C date-time such as 2026-11-20T08:15:29Z");
            return null;
        }
    }
}
