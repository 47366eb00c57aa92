package org.appeals.resident.layout;

import org.appeals.resident.gateway.GatewayProblem;

/** What a resident reads when the platform refused or failed a call that no page handles more precisely. */
public final class ProblemWords {

    public static final String UNAVAILABLE = "Сервис временно недоступен. Попробуйте ещё раз через несколько минут.";

    private ProblemWords() {
    }

    public static String of(GatewayProblem problem) {
        return switch (problem.status()) {
            case 429 -> tooManyAttempts(problem);
            case 404 -> "Страница не найдена.";
            default -> UNAVAILABLE;
        };
    }

    public static String tooManyAttempts(GatewayProblem problem) {
        return "Слишком много попыток, попробуйте через " + Minutes.of(problem.retryAfterMinutes()) + ".";
    }
}
