package org.appeals.console.inbox;

import java.util.Map;
import java.util.function.Supplier;
import org.appeals.console.platform.PlatformProblem;
import org.appeals.console.platform.ProblemMessages;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One move posted from a page, answered by a redirect back to it (PRG): on success the notice the move returned; on
 * a refusal the reason beside the form that caused it, with what the person typed kept; when someone else moved the
 * appeal first (409) the page reloads and says so.
 */
final class MoveAttempt {

    private MoveAttempt() {
    }

    /**
     * {@code move} calls the API and returns the notice; {@code draft} is what the person typed (or null).
     * Returns whether the move was made.
     */
    static boolean run(RedirectAttributes flash, String control, String draft, Supplier<String> move) {
        try {
            flash.addFlashAttribute("notice", move.get());
            return true;
        } catch (PlatformProblem problem) {
            keep(flash, control, draft);
            if (problem.isConflict()) {
                flash.addFlashAttribute("alert", ProblemMessages.CONFLICT);
            } else {
                flash.addFlashAttribute("errors", Map.of(control, describe(problem)));
            }
            return false;
        }
    }

    /** Refused here before any call: a field left empty. */
    static void refuse(RedirectAttributes flash, String control, String draft, String message) {
        keep(flash, control, draft);
        flash.addFlashAttribute("errors", Map.of(control, message));
    }

    /** The Russian reason; for refused input the API's own words too, since they name the field. */
    static String describe(PlatformProblem problem) {
        boolean input = problem.status() == 400 || problem.status() == 422 || problem.status() == 413;
        return input && problem.detail() != null ? problem.message() + " (" + problem.detail() + ")" : problem.message();
    }

    private static void keep(RedirectAttributes flash, String control, String draft) {
        if (draft != null && !draft.isBlank()) {
            flash.addFlashAttribute("draft", Map.of(control, draft));
        }
    }
}
