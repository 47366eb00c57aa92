package org.appeals.routing.classify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appeals.contracts.Location;

/**
 * A latitude and longitude pasted into the text ("координаты 48.7843, 44.7690", a map app's "48,784300 44,769000"):
 * residents often send a point that way when the channel gives no location. Only decimal degrees near the oblast
 * (latitude 46–52, longitude 40–48) with at least three decimals count, so prices, dates and house numbers never do.
 */
final class TextCoordinates {

    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\d.,])(4[6-9]|5[0-2])[.,](\\d{3,8})(?:\\s*[,;]\\s*|\\s+)(4[0-8])[.,](\\d{3,8})(?!\\d)");

    private TextCoordinates() {
    }

    /** The location when it has coordinates; otherwise it (address kept) with the first point the text gives. */
    static Location orFromText(Location location, String text) {
        if (location != null && location.hasCoordinates()) {
            return location;
        }
        return find(text, location == null ? null : location.address()).orElse(location);
    }

    private static Optional<Location> find(String text, String address) {
        Matcher matcher = PAIR.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new Location(address, degrees(matcher, 1), degrees(matcher, 3)));
    }

    private static double degrees(Matcher matcher, int group) {
        return Double.parseDouble(matcher.group(group) + "." + matcher.group(group + 1));
    }
}
