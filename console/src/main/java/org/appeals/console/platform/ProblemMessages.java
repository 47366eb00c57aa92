package org.appeals.console.platform;

/** The API's statuses in the words the console's users read. */
public final class ProblemMessages {

    public static final String CONFLICT = "Обращение уже изменил другой сотрудник: карточка обновлена, "
            + "проверьте её и повторите действие, если оно ещё нужно.";

    private ProblemMessages() {
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
