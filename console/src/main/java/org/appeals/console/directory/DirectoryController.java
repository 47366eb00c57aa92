package org.appeals.console.directory;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.platform.PlatformClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Справочник": the departments, the overrides and where each category goes in each municipality. Every operator
 * reads it; the regional centre and admins also get the forms (an МЦУ operator sees it read-only).
 */
@Controller
class DirectoryController {

    private final PlatformClient platform;
    private final CurrentPerson currentPerson;

    DirectoryController(PlatformClient platform, CurrentPerson currentPerson) {
        this.platform = platform;
        this.currentPerson = currentPerson;
    }

    @GetMapping("/directory")
    String directory(@RequestParam(required = false) String category,
                     @RequestParam(required = false) String municipality, HttpSession session, Model model) {
        List<DepartmentRow> departments = departments(platform);
        model.addAttribute("departments", departments);
        model.addAttribute("departmentNames", names(departments));
        model.addAttribute("activeDepartments", departments.stream().filter(DepartmentRow::active).toList());
        model.addAttribute("view", RulesView.of(platform.get("/api/v1/routing/rules", Map.of()), category,
                municipality));
        model.addAttribute("category", category == null ? "" : category);
        model.addAttribute("municipality", municipality == null ? "" : municipality);
        model.addAttribute("categories", Codes.routedCategories());
        model.addAttribute("municipalities", Codes.knownMunicipalities());
        model.addAttribute("canEdit", Editors.may(currentPerson.in(session)));
        if (!model.containsAttribute("overrideForm")) {
            model.addAttribute("overrideForm", new OverrideForm("", Codes.ANY, "", ""));
        }
        return "directory/directory";
    }

    static List<DepartmentRow> departments(PlatformClient platform) {
        return DepartmentRow.list(platform.get("/api/v1/routing/departments", Map.of()));
    }

    private static Map<String, String> names(List<DepartmentRow> departments) {
        Map<String, String> names = new LinkedHashMap<>();
        departments.forEach(department -> names.put(department.id(), department.name()));
        return names;
    }
}
