package org.appeals.console.inbox;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.platform.PlatformClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department's open incidents and one answer for all the appeals of one (department-service
 * {@code DepartmentIncidentController}, {@code IncidentAnswerController}); each resident gets it as their own.
 */
@Controller
class DepartmentIncidentsController {

    private static final String INCIDENTS = "/api/v1/departments/{departmentId}/incidents";

    private final PlatformClient platform;
    private final CurrentPerson currentPerson;

    DepartmentIncidentsController(PlatformClient platform, CurrentPerson currentPerson) {
        this.platform = platform;
        this.currentPerson = currentPerson;
    }

    @GetMapping("/inbox/{departmentId}/incidents")
    String incidents(@PathVariable String departmentId, HttpSession session, Model model) {
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("incidents", IncidentRow.of(platform.get(INCIDENTS, Map.of("departmentId", departmentId))));
        model.addAttribute("movable", DepartmentStaff.mayMove(currentPerson.in(session), departmentId));
        return "inbox/incidents";
    }

    @PostMapping("/inbox/{departmentId}/incidents/{incidentId}/answers")
    String answer(@PathVariable String departmentId, @PathVariable String incidentId,
                  @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
        String control = "incident-" + incidentId;
        if (text.isBlank()) {
            MoveAttempt.refuse(flash, control, text, "Напишите ответ по существу инцидента.");
        } else {
            MoveAttempt.run(flash, control, text, () -> MoveNotices.incidentAnswer(platform.post(
                    INCIDENTS + "/{incidentId}/answers",
                    Map.of("departmentId", departmentId, "incidentId", incidentId),
                    Map.of("kind", "FINAL", "text", text))));
        }
        return "redirect:/inbox/{departmentId}/incidents";
    }
}
