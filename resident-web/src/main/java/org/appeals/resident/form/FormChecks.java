package org.appeals.resident.form;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a filled form, in Russian, by control id (the page shows each message beside its control and
 * all of them in the summary at the top), in the order of the form. Empty when the form can be sent.
 */
final class FormChecks {

    static final int MAX_ADDRESS = 300;
    static final int MAX_NAME = 200;

    private FormChecks() {
    }

    static Map<String, String> check(AppealForm form, int maxText) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(form.text(), maxText, errors);
        if (filled(form.category()) && !Choices.isCategory(form.category())) {
            errors.put("category", "Выберите направление из списка или оставьте «Не знаю».");
        }
        if (!filled(form.municipality()) || !Choices.isMunicipality(form.municipality())) {
            errors.put("municipality", "Выберите город или район, где находится проблема.");
        }
        if (filled(form.address()) && (form.address().length() > MAX_ADDRESS || hasLineBreaks(form.address()))) {
            errors.put("address", "Адрес — одна строка, не длиннее " + MAX_ADDRESS + " символов.");
        }
        point(form, errors);
        contacts(form, errors);
        if (filled(form.name()) && (form.name().length() > MAX_NAME || hasLineBreaks(form.name()))) {
            errors.put("name", "Имя — одна строка, не длиннее " + MAX_NAME + " символов.");
        }
        if (!form.consented()) {
            errors.put("consent", "Без согласия на обработку персональных данных обращение отправить нельзя.");
        }
        return errors;
    }

    private static void text(String text, int maxText, Map<String, String> errors) {
        if (!filled(text)) {
            errors.put("text", "Опишите проблему: текст обращения обязателен.");
        } else if (text.length() > maxText) {
            errors.put("text", "Текст длиннее " + maxText + " символов (сейчас " + text.length() + "): сократите его.");
        }
    }

    private static void point(AppealForm form, Map<String, String> errors) {
        if (!filled(form.lat()) && !filled(form.lon())) {
            return;
        }
        Double lat = coordinate(form.lat(), 90);
        Double lon = coordinate(form.lon(), 180);
        if (lat == null || lon == null) {
            errors.put("lat", "Точка на карте не распознана: отметьте место ещё раз или уберите отметку.");
        }
    }

    /** The coordinate, or null when absent, unreadable or out of range. */
    static Double coordinate(String value, double limit) {
        if (!filled(value)) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.trim());
            return Double.isFinite(number) && Math.abs(number) <= limit ? number : null;
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static void contacts(AppealForm form, Map<String, String> errors) {
        boolean email = filled(form.email());
        boolean phone = filled(form.phone());
        if (!email && !phone) {
            errors.put("email", "Укажите e-mail или телефон: туда придёт номер обращения и ответ.");
            return;
        }
        if (email && Contacts.email(form.email()).isEmpty()) {
            errors.put("email", "Проверьте e-mail: он должен быть вида name@example.ru.");
        }
        if (phone && Contacts.phone(form.phone()).isEmpty()) {
            errors.put("phone", "Проверьте телефон: например, +7 917 123-45-67 или 8 917 123-45-67.");
        }
    }

    static boolean filled(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean hasLineBreaks(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}
