package org.appeals.console.directory;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.platform.PlatformClient;
import org.appeals.console.platform.PlatformProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Edits one department of the directory ({@code PUT /api/v1/routing/departments/{id}}): ЦУР and admins only. */
@Controller
class DepartmentController {

    private static final List<Map.Entry<String, String>> FIELDS = List.of(
            Map.entry("name", "dept-name"),
            Map.entry("municipalit", "dept-municipality"),
            Map.entry("categor", "dept-categories"),
            Map.entry("OTHER", "dept-categories"));

    private final PlatformClient platform;
    private final CurrentPerson currentPerson;

    DepartmentController(PlatformClient platform, CurrentPerson currentPerson) {
        this.platform = platform;
        this.currentPerson = currentPerson;
    }

    @GetMapping("/directory/departments/{id}")
    String edit(@PathVariable String id, HttpSession session, Model model) {
        Editors.require(currentPerson.in(session));
        DepartmentRow department = DirectoryController.departments(platform).stream()
                .filter(row -> row.id().equals(id)).findFirst()
                .orElseThrow(() -> new PlatformProblem(404, null));
        model.addAttribute("department", department);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DepartmentForm.of(department));
        }
        model.addAttribute("categories", Codes.routedCategories());
        model.addAttribute("municipalities", Codes.knownMunicipalities());
        return "directory/department";
    }

    @PostMapping("/directory/departments/{id}")
    String save(@PathVariable String id, DepartmentForm form, HttpSession session, RedirectAttributes redirect) {
        Editors.require(currentPerson.in(session));
        Map<String, String> missing = form.missing();
        if (!missing.isEmpty()) {
            return back(form, missing, redirect);
        }
        try {
            platform.put("/api/v1/routing/departments/{id}", Map.of("id", id), form.body());
        } catch (PlatformProblem problem) {
            if (problem.isConflict()) {
                redirect.addFlashAttribute("alert", Refusals.alert(problem));
                return "redirect:/directory";
            }
            return back(form, Map.of(Refusals.control(problem, FIELDS, "dept-save"), Refusals.message(problem)),
                    redirect);
        }
        redirect.addFlashAttribute("notice", "Ведомство «" + form.body().get("name") + "» сохранено; изменение "
                + "действует для следующих обращений.");
        return "redirect:/directory";
    }

    private static String back(DepartmentForm form, Map<String, String> errors,
                               RedirectAttributes redirect) {
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("form", form);
        // {id} is this request's own path variable, expanded and encoded by the redirect, never pasted into it
        return "redirect:/directory/departments/{id}";
    }
}
