package org.appeals.resident.status;

import java.util.Locale;

/** Numbers and codes as people type them: spaces around, lower case; the API compares codes itself. */
public final class AccessCodes {

    private AccessCodes() {
    }

    public static String number(String number) {
        return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    }

    public static String code(String code) {
        return code == null ? "" : code.strip();
    }

    /** A number of the platform's shape only, so nothing else is put into a path: {@code 34-2026-004217}. */
    public static boolean plausibleNumber(String number) {
        return number.matches("[0-9A-Z][0-9A-Z-]{2,39}");
    }
}
