package org.appeals.resident.form;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reply addresses the form takes: an e-mail address of the usual shape, a phone number in any common Russian
 * spelling ({@code 8 (917) 123-45-67}, {@code +7 917 1234567}) normalised to {@code +79171234567}, or an
 * international number with its {@code +} and 10–15 digits.
 */
final class Contacts {

    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern PHONE_SPELLING = Pattern.compile("\\+?[0-9 ()\\-]{5,25}");

    private Contacts() {
    }

    static Optional<String> email(String value) {
        String trimmed = value.trim();
        return trimmed.length() <= MAX_EMAIL && EMAIL.matcher(trimmed).matches() ? Optional.of(trimmed) : Optional.empty();
    }

    static Optional<String> phone(String value) {
        String trimmed = value.trim();
        if (!PHONE_SPELLING.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String digits = trimmed.replaceAll("[^0-9]", "");
        boolean international = trimmed.startsWith("+");
        if (digits.length() == 11 && (digits.startsWith("7") || !international && digits.startsWith("8"))) {
            return Optional.of("+7" + digits.substring(1));
        }
        if (!international && digits.length() == 10 && digits.startsWith("9")) {
            return Optional.of("+7" + digits);
        }
        if (international && digits.length() >= 10 && digits.length() <= 15) {
            return Optional.of("+" + digits);
        }
        return Optional.empty();
    }
}
