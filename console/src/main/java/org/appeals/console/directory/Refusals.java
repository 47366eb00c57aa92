package org.appeals.console.directory;

import java.util.List;
import java.util.Map;
import org.appeals.console.platform.PlatformProblem;

/**
 * Routing's refusals in the page's words: a 409 is the whole change (someone changed the rules first, or the change
 * would leave a category without a department or give it two) and goes to the top of the page; anything else goes
 * beside the control the API's detail names, or beside the save button when it names none.
 */
final class Refusals {

    static final String CONFLICT = "Изменение не принято: правила маршрутизации только что изменил другой сотрудник, "
            + "или после изменения направление осталось бы без действующего ведомства либо за него отвечали бы "
            + "два ведомства. Страница обновлена: проверьте её и повторите, если изменение ещё нужно.";

    private Refusals() {
    }

    static String alert(PlatformProblem problem) {
        return CONFLICT + withDetail(problem);
    }

    static String message(PlatformProblem problem) {
        return problem.message() + withDetail(problem);
    }

    /** The control whose word the detail contains first in {@code words} (ordered), else {@code fallback}. */
    static String control(PlatformProblem problem, List<Map.Entry<String, String>> words, String fallback) {
        String detail = problem.detail() == null ? "" : problem.detail();
        return words.stream().filter(word -> detail.contains(word.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(fallback);
    }

    private static String withDetail(PlatformProblem problem) {
        return problem.detail() == null ? "" : " (" + problem.detail() + ")";
    }
}
