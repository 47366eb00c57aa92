package org.appeals.intake.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.appeals.contracts.Location;

/** Checks where the reply goes and where the problem is: the reply address and the location. */
final class AddressRules {

    static final int MAX_REPLY_TO_ENTRIES = 20;
    static final int MAX_REPLY_TO_VALUE = 500;
    static final int MAX_ADDRESS = 500;

    /** Plain names only: they become MongoDB field names, where dots and dollars mean something. */
    private static final Pattern REPLY_TO_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private AddressRules() {
    }

    static Map<String, String> replyTo(Map<String, String> replyTo, Violations violations) {
        if (replyTo == null || replyTo.isEmpty()) {
            violations.add("replyTo", "is required: the channel's address for the reply, e.g. {\"chatId\": \"77\"}");
            return null;
        }
        if (replyTo.size() > MAX_REPLY_TO_ENTRIES) {
            violations.add("replyTo", "must have at most " + MAX_REPLY_TO_ENTRIES + " entries");
            return null;
        }
        replyTo.forEach((key, value) -> replyToEntry(key, value, violations));
        return new LinkedHashMap<>(replyTo);
    }

    private static void replyToEntry(String key, String value, Violations violations) {
        if (key != null && REPLY_TO_KEY.matcher(key).matches()) {
            violations.required("replyTo." + key, value, MAX_REPLY_TO_VALUE);
        } else {
            violations.add("replyTo", "keys must be letters, digits, '_' or '-' (at most 64), starting with a letter");
        }
    }

    static Location location(AppealRequest.LocationBody location, Violations violations) {
        if (location == null) {
            return null;
        }
        violations.optional("location.address", location.address(), MAX_ADDRESS);
        coordinate("location.lat", location.lat(), 90, violations);
        coordinate("location.lon", location.lon(), 180, violations);
        // a point needs both: routing and department use coordinates only in pairs, and half a point misleads a map
        if ((location.lat() == null) != (location.lon() == null)) {
            violations.add(location.lat() == null ? "location.lat" : "location.lon",
                    "is required with " + (location.lat() == null ? "location.lon" : "location.lat"));
        }
        return new Location(location.address(), location.lat(), location.lon());
    }

    /** NaN compares false with every bound, so it is refused explicitly; ±Infinity and ±1e308 fail the range. */
    private static void coordinate(String field, Double value, double limit, Violations violations) {
        if (value != null && (value.isNaN() || value < -limit || value > limit)) {
            violations.add(field, "must be between -" + (int) limit + " and " + (int) limit);
        }
    }
}
