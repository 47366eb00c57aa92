package org.appeals.routing.directory;

import java.util.Arrays;
import java.util.Locale;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.support.web.ApiException;

/** Reads taxonomy codes sent by operators; an unknown or missing one is a 400 that lists the valid codes. */
public final class Codes {

    private Codes() {
    }

    /** The category with this code; a 400 problem otherwise. */
    public static Category category(String code) {
        return parse(Category.class, code, "category");
    }

    /** The municipality with this code; a 400 problem otherwise. */
    public static Municipality municipality(String code) {
        return parse(Municipality.class, code, "municipality");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
        // the sent value is not echoed back: it is the client's own input and may be anything
        String expected = field + " must be one of " + Arrays.toString(type.getEnumConstants()) + ".";
        if (code == null || code.isBlank()) {
            throw ApiException.badRequest("No " + field + " given: " + expected);
        }
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Unknown " + field + " code: " + expected);
        }
    }
}
