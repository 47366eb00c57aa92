package org.appeals.intake.appeal;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.appeals.support.web.PathIds;
import org.springframework.stereotype.Component;

/**
 * What a path names an appeal by: its id, or the registration number residents quote ({@code 34-2026-004217}).
 * Anything else names nothing, and so gets the answer an unknown appeal gets.
 */
@Component
public class AppealIds {

    /** Region, year, the year's sequence: how {@code RegistrationNumbers} writes them. */
    private static final Pattern NUMBER = Pattern.compile("\\d{2}-\\d{4}-\\d{6,9}");

    private final Appeals appeals;

    AppealIds(Appeals appeals) {
        this.appeals = appeals;
    }

    /** The appeal's id, read from the UUID itself or looked up by the number; empty when it names no appeal. */
    public Optional<UUID> resolve(String idOrNumber) {
        if (idOrNumber == null) {
            return Optional.empty();
        }
        Optional<UUID> id = PathIds.canonical(idOrNumber);
        if (id.isPresent()) {
            return id;
        }
        return numbered(idOrNumber);
    }

    /** The appeal with this registration number; empty for a value not written like one, with no lookup. */
    public Optional<UUID> numbered(String number) {
        return isNumber(number) ? appeals.numbered(number) : Optional.empty();
    }

    /** Whether {@code value} is written like a registration number (it may still name no appeal). */
    public static boolean isNumber(String value) {
        return value != null && NUMBER.matcher(value).matches();
    }
}
