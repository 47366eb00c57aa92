package org.appeals.intake.search;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;
import org.appeals.intake.appeal.AppealStatus;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.PathIds;
import org.springframework.util.MultiValueMap;

/**
 * Reads the query of {@code GET /api/v1/appeals}; every parameter is optional, and one that cannot be read is a 400
 * naming it. Dates are days in the region's time zone: {@code from=2026-11-20} starts at that day's midnight in
 * Volgograd, {@code to=2026-11-20} ends at the next.
 */
final class SearchParameters {

    static final ZoneId REGION = ZoneId.of("Europe/Volgograd");
    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 100;
    /** Deeper pages are skipped through one by one: narrow the filters instead. */
    static final int MAX_OFFSET = 10_000;
    private static final int MAX_QUERY_LENGTH = 200;
    /** A registration number as residents quote it: region, year, the year's sequence. */
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("\\d{2}-\\d{4}-\\d{6,9}");
    private static final int MAX_DEPARTMENT_LENGTH = 100;
    private static final String UUID_LAYOUT = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    /** A parsed search: what to find and which page of it. */
    record Search(SearchCriteria criteria, int page, int size, SortOrder order) {
    }

    private final MultiValueMap<String, String> parameters;

    private SearchParameters(MultiValueMap<String, String> parameters) {
        this.parameters = parameters;
    }

    static Search parse(MultiValueMap<String, String> parameters) {
        return new SearchParameters(parameters).search();
    }

    private Search search() {
        String id = single("id");
        Instant from = instant("from", false);
        Instant to = instant("to", true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw bad("from", "must be before 'to'.");
        }
        String registrationNumber = id != null && REGISTRATION_NUMBER.matcher(id.strip()).matches() ? id.strip() : null;
        if (registrationNumber != null) {
            id = null;
        }
        SearchCriteria criteria = new SearchCriteria(stems(), appealId(id), idPrefix(id), statuses(),
                code("category", Category.class), code("municipality", Municipality.class), department(),
                code("channel", Channel.class), from, to, overdue(), registrationNumber);
        int size = number("size", DEFAULT_SIZE, 1, MAX_SIZE);
        int page = number("page", 0, 0, Integer.MAX_VALUE);
        if ((long) page * size + size > MAX_OFFSET) {
            throw bad("page", "reaches past the first " + MAX_OFFSET + " appeals; narrow the filters instead.");
        }
        return new Search(criteria, page, size, code("sort", SortOrder.class, SortOrder.NEWEST));
    }

    private Set<String> stems() {
        String q = single("q");
        if (q == null) {
            return Set.of();
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw bad("q", "must be at most " + MAX_QUERY_LENGTH + " characters.");
        }
        return SearchText.stems(q);
    }

    private static UUID appealId(String id) {
        return id == null ? null : PathIds.canonical(id).orElse(null);
    }

    /** The beginning of an id: at least the 8 characters of the number residents see, laid out as an id is. */
    private static String idPrefix(String id) {
        if (id == null || PathIds.canonical(id).isPresent()) {
            return null;
        }
        String prefix = id.toLowerCase(Locale.ROOT);
        boolean laidOut = prefix.length() >= ListedAppeal.NUMBER_LENGTH && prefix.length() < UUID_LAYOUT.length();
        for (int i = 0; laidOut && i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            laidOut = UUID_LAYOUT.charAt(i) == '-' ? c == '-' : Character.digit(c, 16) >= 0;
        }
        if (!laidOut) {
            throw bad("id", "must be a registration number (34-2026-004217), an appeal id or its first 8 or more"
                    + " characters.");
        }
        return prefix;
    }

    private Set<AppealStatus> statuses() {
        Set<AppealStatus> statuses = EnumSet.noneOf(AppealStatus.class);
        for (String value : all("status")) {
            statuses.add(parseCode("status", AppealStatus.class, value));
        }
        return statuses;
    }

    private String department() {
        String department = single("department");
        if (department != null && (department.length() > MAX_DEPARTMENT_LENGTH
                || department.chars().anyMatch(Character::isISOControl))) {
            throw bad("department", "must be a department id of at most " + MAX_DEPARTMENT_LENGTH + " characters.");
        }
        return department;
    }

    private Boolean overdue() {
        String overdue = single("overdue");
        if (overdue == null) {
            return null;
        }
        return switch (overdue.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad("overdue", "must be true or false.");
        };
    }

    /** A date (that day in Volgograd; as {@code to}, up to its end) or an instant with its offset. */
    private Instant instant(String name, boolean endOfDay) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        try {
            Instant instant = value.length() == 10
                    ? LocalDate.parse(value).plusDays(endOfDay ? 1 : 0).atStartOfDay(REGION).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw bad(name, "must be a date between the years 1900 and 9999.");
            }
            return instant;
        } catch (DateTimeException e) {
            throw bad(name, "must be an ISO date (2026-11-20) or instant (2026-11-20T08:15:00Z).");
        }
    }

    private int number(String name, int absent, int min, int max) {
        String value = single(name);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as a number out of range is
        }
        throw bad(name, max == Integer.MAX_VALUE
                ? "must be a whole number from " + min + " up."
                : "must be a whole number from " + min + " to " + max + ".");
    }

    private <E extends Enum<E>> E code(String name, Class<E> type) {
        return code(name, type, null);
    }

    private <E extends Enum<E>> E code(String name, Class<E> type, E absent) {
        String value = single(name);
        return value == null ? absent : parseCode(name, type, value);
    }

    private static <E extends Enum<E>> E parseCode(String name, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(name, "must be one of " + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    /** The parameter's one value, commas and all; empty counts as not given. */
    private String single(String name) {
        List<String> values = parameters.getOrDefault(name, List.of()).stream()
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
        if (values.size() > 1) {
            throw bad(name, "may be given once.");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a parameter that may repeat or list values separated by commas. */
    private List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (String value : parameters.getOrDefault(name, List.of())) {
            Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty()).forEach(values::add);
        }
        return values;
    }

    private static ApiException bad(String name, String problem) {
        return ApiException.badRequest("Parameter '" + name + "' " + problem);
    }
}
