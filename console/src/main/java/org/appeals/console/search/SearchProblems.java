package org.appeals.console.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appeals.console.platform.PlatformProblem;

/**
 * Intake's refusal of a search as the page shows it: the Russian message (with intake's own words) above the form,
 * and, when intake's detail names the parameter, a mark beside that control too.
 */
final class SearchProblems {

    static final String FORM = "search-form";

    private static final List<String> PARAMETERS = List.of("municipality", "department", "category", "channel",
            "status", "overdue", "from", "to", "page", "size", "sort", "id", "q");
    // a parameter named in quotes, after "parameter", "unknown" or "invalid", or as the detail's first word
    private static final Pattern NAMED = Pattern.compile(
            "(?:^|(?:parameter|unknown|invalid)\\s+|['\"`])(" + String.join("|", PARAMETERS) + ")(?=['\"`]|\\s|=|:|$)",
            Pattern.CASE_INSENSITIVE);

    private SearchProblems() {
    }

    /** {@code errors} for the page: the form's message, and the control intake named, if it named one. */
    static Map<String, String> errors(PlatformProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        String detail = problem.detail();
        errors.put(FORM, problem.message() + (detail == null ? "" : " (" + detail + ")"));
        String control = control(detail);
        if (control != null && !FORM.equals(control)) {
            errors.put(control, "Проверьте это поле.");
        }
        return errors;
    }

    /** The form control ({@code search-status}…) of the parameter a detail names; null when it names none. */
    static String control(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher named = NAMED.matcher(detail.strip());
        if (!named.find()) {
            return null;
        }
        String parameter = named.group(1).toLowerCase(Locale.ROOT);
        return switch (parameter) {
            case "page", "size", "sort" -> FORM;
            default -> "search-" + parameter;
        };
    }
}
