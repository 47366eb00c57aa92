package org.appeals.console.incidents;

import org.appeals.console.platform.Json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.console.platform.PlatformClient;
import org.appeals.console.platform.PlatformProblem;
import org.appeals.console.platform.ProblemMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * {@code /incidents} (largest first) and {@code /incidents/{id}}: the members and where the incident's answer stands
 * (answering is the department's; the answer is decided once under "Проверка ответов"). Splitting an appeal out
 * takes two steps: {@code ?split=<appealId>} shows what will happen, the confirmation posts it.
 */
@Controller
class IncidentsController {

    /** department-service's default ceiling for one listing. */
    private static final int LIMIT = 200;

    private final PlatformClient platform;

    IncidentsController(PlatformClient platform) {
        this.platform = platform;
    }

    @GetMapping("/incidents")
    String incidents(Model model) {
        Map<String, String> names = departmentNames();
        JsonNode page = platform.get("/api/v1/incidents?limit={limit}", Map.of("limit", LIMIT));
        model.addAttribute("incidents", page.path("items").valueStream().map(i -> IncidentView.of(i, names))
                .sorted(IncidentView.LARGEST_FIRST).toList());
        return "incidents/list";
    }

    @GetMapping("/incidents/{incidentId}")
    String incident(@PathVariable UUID incidentId, @RequestParam(required = false) UUID split, Model model) {
        IncidentView incident = IncidentView.of(platform.get("/api/v1/incidents/{id}", Map.of("id", incidentId)),
                departmentNames());
        List<MemberState> members = incident.members().stream().map(m -> state(incident, m)).toList();
        model.addAttribute("incident", incident);
        model.addAttribute("members", members);
        model.addAttribute("answerState", AnswerSummary.of(members));
        model.addAttribute("split", split != null && incident.members().stream()
                .anyMatch(m -> m.appealId().equals(split)) ? split : null);
        return "incidents/incident";
    }

    @PostMapping("/incidents/{incidentId}/split")
    String split(@PathVariable UUID incidentId, @RequestParam UUID appealId, RedirectAttributes redirect) {
        try {
            platform.post("/api/v1/incidents/{id}/split", Map.of("id", incidentId),
                    Map.of("appealId", appealId.toString()));
            redirect.addFlashAttribute("notice", "Обращение выделено из инцидента: дальше оно рассматривается "
                    + "отдельно.");
        } catch (PlatformProblem problem) {
            String detail = problem.detail() == null ? "" : " (" + problem.detail() + ")";
            if (problem.isConflict()) {
                redirect.addFlashAttribute("alert", ProblemMessages.CONFLICT + detail);
            } else {
                redirect.addFlashAttribute("errors", Map.of("split", problem.message() + detail));
                redirect.addAttribute("split", appealId);
            }
        }
        return "redirect:/incidents/" + incidentId;
    }

    /** One member as its department holds it; one the operator may not read is shown without its state. */
    private MemberState state(IncidentView incident, IncidentView.Member member) {
        try {
            return MemberState.of(member.appealId(), member.received(), platform.get(
                    "/api/v1/departments/{d}/appeals/{id}",
                    Map.of("d", incident.departmentId(), "id", member.appealId())));
        } catch (PlatformProblem problem) {
            if (problem.status() >= 500) {
                throw problem;
            }
            return MemberState.unknown(member.appealId(), member.received());
        }
    }

    /** Department names for the ids incidents carry; the ids alone if the directory cannot be read. */
    private Map<String, String> departmentNames() {
        Map<String, String> names = new HashMap<>();
        try {
            platform.get("/api/v1/routing/departments", Map.of())
                    .forEach(d -> names.put(Json.text(d, "id"), Json.text(d, "name")));
        } catch (PlatformProblem problem) {
            // names are a courtesy: the page still lists the incidents by department id
        }
        return names;
    }
}
