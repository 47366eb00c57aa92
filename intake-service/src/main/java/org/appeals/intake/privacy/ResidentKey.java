package org.appeals.intake.privacy;

import java.util.Locale;
import java.util.Map;
import org.appeals.contracts.Author;

/**
 * Who a request about personal data is about: a contact (e-mail or phone) or the channel's author id. Contacts are
 * compared normalised — an e-mail in lower case, a phone as its digits, a Russian number as 7 and ten digits
 * (8 900 111-22-33, +7 (900) 111-22-33 and 9001112233 are one number) — so the way a resident wrote it does not
 * matter.
 */
record ResidentKey(String contact, String authorId) {

    private static final int SHORTEST_PHONE = 10;

    /** Exactly one of the two, else an {@link IllegalArgumentException} saying what is wrong. */
    static ResidentKey of(String contact, String authorId) {
        boolean byContact = contact != null && !contact.isBlank();
        boolean byAuthor = authorId != null && !authorId.isBlank();
        if (byContact == byAuthor) {
            throw new IllegalArgumentException(
                    "Give either contact (an e-mail address or a phone number) or authorId.");
        }
        if (byAuthor) {
            return new ResidentKey(null, authorId.strip());
        }
        String normalised = normalise(contact);
        if (normalised == null) {
            throw new IllegalArgumentException(
                    "contact must be an e-mail address or a phone number of 10 digits or more.");
        }
        return new ResidentKey(normalised, null);
    }

    boolean byAuthor() {
        return authorId != null;
    }

    /** Whether the appeal's author or reply address is this resident. */
    boolean matches(Author author, Map<String, String> replyTo) {
        if (byAuthor()) {
            return author != null && authorId.equals(author.id());
        }
        if (author != null && contact.equals(normalise(author.contact()))) {
            return true;
        }
        return replyTo != null && replyTo.values().stream().anyMatch(value -> contact.equals(normalise(value)));
    }

    /** An e-mail in lower case, a phone as 7 and its ten digits; null for anything that is neither. */
    static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.contains("@")) {
            return stripped.toLowerCase(Locale.ROOT);
        }
        String digits = stripped.replaceAll("\\D", "");
        if (digits.length() < SHORTEST_PHONE) {
            return null;
        }
        if (digits.length() == SHORTEST_PHONE) {
            return "7" + digits;
        }
        return digits.length() == SHORTEST_PHONE + 1 && digits.charAt(0) == '8' ? "7" + digits.substring(1) : digits;
    }

    /** Leaves the contact out: it is personal data. */
    @Override
    public String toString() {
        return byAuthor() ? "ResidentKey[authorId]" : "ResidentKey[contact]";
    }
}
