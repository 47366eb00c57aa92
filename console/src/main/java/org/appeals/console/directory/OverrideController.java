package org.appeals.console.directory;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.platform.PlatformClient;
import org.appeals.console.platform.PlatformProblem;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sets and removes overrides ({@code PUT/DELETE /api/v1/routing/overrides/…}): ЦУР and admins only. */
@Controller
class OverrideController {

    private static final List<Map.Entry<String, String>> FIELDS = List.of(
            Map.entry("reason", "override-reason"),
            Map.entry("epartment", "override-department"),
            Map.entry("municipalit", "override-municipality"),
            Map.entry("ANY", "override-municipality"),
            Map.entry("categor", "override-category"),
            Map.entry("OTHER", "override-category"));

    private final PlatformClient platform;
    private final CurrentPerson currentPerson;

    OverrideController(PlatformClient platform, CurrentPerson currentPerson) {
        this.platform = platform;
        this.currentPerson = currentPerson;
    }

    @PostMapping("/directory/overrides")
    String save(OverrideForm form, HttpSession session, RedirectAttributes redirect) {
        Editors.require(currentPerson.in(session));
        Map<String, String> missing = form.missing();
        if (!missing.isEmpty()) {
            return back(form, missing, redirect);
        }
        try {
            platform.put(OverrideForm.PATH, form.path(), form.body());
        } catch (PlatformProblem problem) {
            if (problem.isConflict()) {
                redirect.addFlashAttribute("alert", Refusals.alert(problem));
                return "redirect:/directory";
            }
            return back(form, Map.of(Refusals.control(problem, FIELDS, "override-save"), Refusals.message(problem)),
                    redirect);
        }
        redirect.addFlashAttribute("notice", "Исключение сохранено: " + Codes.category(form.category()) + ", "
                + Codes.municipality(form.path().get("municipality")) + " → " + form.departmentId() + ".");
        return "redirect:/directory";
    }

    @PostMapping("/directory/overrides/{category}/{municipality}/delete")
    String delete(@PathVariable String category, @PathVariable String municipality, HttpSession session,
                  RedirectAttributes redirect) {
        Editors.require(currentPerson.in(session));
        try {
            platform.delete(OverrideForm.PATH, Map.of("category", category, "municipality", municipality));
        } catch (PlatformProblem problem) {
            redirect.addFlashAttribute("alert", problem.isConflict() ? Refusals.alert(problem)
                    : Refusals.message(problem));
            return "redirect:/directory";
        }
        redirect.addFlashAttribute("notice", "Исключение снято: " + Codes.category(category) + ", "
                + Codes.municipality(municipality) + ". Снова действует правило компетенции.");
        return "redirect:/directory";
    }

    private static String back(OverrideForm form, Map<String, String> errors, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("overrideForm", form);
        return "redirect:/directory#override-form";
    }
}
