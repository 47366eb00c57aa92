package org.appeals.resident.form;

import java.util.LinkedHashMap;
import java.util.Map;
import org.appeals.resident.gateway.GatewayProblem;

/**
 * The API's field violations (JSON paths, English) beside the form's controls, in Russian. A field the form has no
 * control for goes to the summary at the top under "form".
 */
final class ApiFieldErrors {

    private ApiFieldErrors() {
    }

    static Map<String, String> of(GatewayProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.fields().forEach((field, message) -> {
            String control = control(field);
            errors.putIfAbsent(control, words(control) + " (" + field + ": " + message + ")");
        });
        if (errors.isEmpty()) {
            errors.put("form", "Обращение не принято: проверьте заполнение полей.");
        }
        return errors;
    }

    static String control(String field) {
        if (field.equals("text")) {
            return "text";
        }
        if (field.startsWith("replyTo.email")) {
            return "email";
        }
        if (field.startsWith("replyTo.phone") || field.equals("author.id") || field.equals("author.contact")) {
            return "phone";
        }
        if (field.equals("author.name")) {
            return "name";
        }
        if (field.equals("location.address")) {
            return "address";
        }
        if (field.startsWith("location.")) {
            return "lat";
        }
        if (field.startsWith("attachments")) {
            return "photos";
        }
        return field.equals("categoryHint") ? "category" : "form";
    }

    private static String words(String control) {
        return switch (control) {
            case "text" -> "Текст обращения не принят";
            case "email" -> "E-mail не принят";
            case "phone" -> "Контакт для ответа не принят";
            case "name" -> "Имя не принято";
            case "address" -> "Адрес не принят";
            case "lat" -> "Точка на карте не принята";
            case "photos" -> "Фотографии не приняты";
            case "category" -> "Направление не принято";
            default -> "Обращение не принято";
        };
    }
}
