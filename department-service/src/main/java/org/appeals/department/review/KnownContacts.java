package org.appeals.department.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.appeals.text.RussianText;

/** The resident's own name and the department's official contacts, which an answer may mention. */
final class KnownContacts {

    private final List<String> people = new ArrayList<>();
    private final List<String> contacts;
    private final Set<String> notNames;

    KnownContacts(CheckContext context, List<String> notNames) {
        if (context.residentName() != null && !context.residentName().isBlank()) {
            people.add(context.residentName());
        }
        people.addAll(context.officialContacts());
        this.contacts = context.officialContacts();
        this.notNames = Set.copyOf(notNames.stream().map(RussianText::normalise).toList());
    }

    boolean isOwnPhone(String phone) {
        String digits = nationalDigits(phone);
        return contacts.stream().map(KnownContacts::nationalDigits)
                .anyMatch(official -> official.length() >= 5 && official.equals(digits));
    }

    boolean isOwnEmail(String email) {
        return contacts.stream().anyMatch(official -> official.strip().equalsIgnoreCase(email.strip()));
    }

    /** Whether every word of the name belongs to a known person; words like "Уважаемый" are not name words. */
    boolean isOwnName(String name) {
        List<String> words = Arrays.stream(RussianText.normalise(name).split("[^\\p{L}]+"))
                .filter(word -> !word.isEmpty() && !notNames.contains(word)).toList();
        return words.isEmpty() || people.stream().anyMatch(person -> NameWords.allBelongTo(words, person));
    }

    // +7 and 8 both start a Russian number, so only the ten digits after them identify it.
    private static String nationalDigits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        boolean withCountryCode = digits.length() == 11 && (digits.startsWith("7") || digits.startsWith("8"));
        return withCountryCode ? digits.substring(1) : digits;
    }
}
