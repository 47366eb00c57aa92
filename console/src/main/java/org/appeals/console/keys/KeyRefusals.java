package org.appeals.console.keys;

import java.util.List;
import java.util.Map;
import org.appeals.console.platform.PlatformProblem;

/**
 * The gateway's refusals of key moves in the page's words: beside the control the problem's detail names, with the
 * detail itself in brackets. A 409 (a key rotated already, revoked or expired) is about the key and goes to the top.
 */
final class KeyRefusals {

    static final String CONFLICT = "Ключ уже заменён, отозван или истёк: список обновлён. Заменять можно только "
            + "действующий ключ; при необходимости выпустите новый.";

    private KeyRefusals() {
    }

    static String message(PlatformProblem problem) {
        return problem.message() + withDetail(problem);
    }

    static String alert(PlatformProblem problem) {
        return CONFLICT + withDetail(problem);
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
