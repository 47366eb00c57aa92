package org.appeals.console.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The API's statuses in the words the console's users read. */
public final class ProblemMessages {

    public static final String CONFLICT = "Обращение уже изменил другой сотрудник: карточка обновлена, "
            + "проверьте её и повторите действие, если оно ещё нужно.";

    private ProblemMessages() {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"));

    /** The problems whose {@code code} says more than the status: the exact reason, with the API's facts. */
    static String of(int status, JsonNode problem) {
        String code = problem == null ? "" : problem.path("code").asString("");
        return switch (code) {
            case "PROMISED_DATE_AFTER_LEGAL_TERM" -> "Обещанная дата позже срока, установленного 59-ФЗ: ответ должен "
                    + "быть дан не позднее " + date(problem.path("legalTermDate").asString("")) + ".";
            case "PROMISED_DATE_IN_THE_PAST" -> "Обещанная дата уже прошла: укажите сегодняшнюю или будущую дату.";
            default -> of(status);
        };
    }

    private static String date(String isoDate) {
        try {
            return LocalDate.parse(isoDate).format(DATE);
        } catch (DateTimeParseException e) {
            return "срока по закону";
        }
    }

    static String of(int status) {
        return switch (status) {
            case 400, 422 -> "Данные не приняты: проверьте заполнение полей.";
            case 401 -> "Сеанс истёк: войдите снова.";
            case 403 -> "Нет доступа: это вне ваших полномочий (роль, муниципалитет или ведомство).";
            case 404 -> "Не найдено: такого обращения или записи нет, или она вам недоступна.";
            case 409 -> CONFLICT;
            case 413 -> "Слишком большой текст: сократите его.";
            case 429 -> "Слишком много запросов: подождите несколько секунд и повторите.";
            case 503, 502, 504 -> "Сервис временно недоступен: повторите через минуту.";
            default -> "Не удалось выполнить действие (ошибка " + status + "). Повторите позже.";
        };
    }
}
