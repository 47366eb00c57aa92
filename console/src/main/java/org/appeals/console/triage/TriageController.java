package org.appeals.console.triage;

import org.appeals.console.platform.Json;

import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.appeals.console.layout.CurrentPerson;
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
 * The triage queue ({@code /triage}) and one appeal's placement ({@code /triage/{id}}). Routing has no "one item"
 * endpoint, so the page finds the appeal in the queue; one that is no longer there was placed meanwhile.
 */
@Controller
class TriageController {

    /** Routing's own ceiling for one listing. */
    /** The oldest this many: a page a slow PC shows at once; placing one brings the next. */
    static final int QUEUE_LIMIT = 100;
    static final String GONE = "Обращение уже не ждёт разбора: его направили в ведомство.";

    private final PlatformClient platform;
    private final CurrentPerson currentPerson;

    TriageController(PlatformClient platform, CurrentPerson currentPerson) {
        this.platform = platform;
        this.currentPerson = currentPerson;
    }

    @GetMapping("/triage")
    String queue(Model model) {
        model.addAttribute("items", waiting());
        model.addAttribute("limit", QUEUE_LIMIT);
        return "triage/queue";
    }

    @GetMapping("/triage/{appealId}")
    String item(@PathVariable UUID appealId, @RequestParam(required = false) String category,
                @RequestParam(required = false) String municipality,
                @RequestParam(required = false) String departmentId, Model model, HttpSession session,
                RedirectAttributes redirect) {
        Optional<TriageItem> item = waiting(appealId);
        if (item.isEmpty()) {
            Object alert = model.getAttribute("alert");
            redirect.addFlashAttribute("alert", alert != null ? alert : GONE);
            return "redirect:/triage";
        }
        model.addAttribute("item", item.get());
        model.addAttribute("pickers", Pickers.of(item.get(), category, municipality, departmentId, directory(),
                currentPerson.in(session)));
        return "triage/item";
    }

    /** The department picker again for a new category or municipality (htmx swaps it in on a change). */
    @GetMapping("/triage/{appealId}/department")
    String departmentPicker(@PathVariable UUID appealId, @RequestParam(defaultValue = "") String category,
                            @RequestParam(defaultValue = "") String municipality,
                            @RequestParam(defaultValue = "") String declined, Model model, HttpSession session) {
        List<String> declinedBy = Arrays.stream(declined.split(",")).filter(s -> !s.isBlank()).toList();
        model.addAttribute("pickers", Pickers.of(category, municipality, null, declinedBy, directory(),
                currentPerson.in(session)));
        return "triage/item :: departmentPicker";
    }

    @PostMapping("/triage/{appealId}")
    String place(@PathVariable UUID appealId, @RequestParam(defaultValue = "") String category,
                 @RequestParam(defaultValue = "") String municipality,
                 @RequestParam(defaultValue = "") String departmentId, RedirectAttributes redirect) {
        redirect.addAttribute("category", category);
        redirect.addAttribute("municipality", municipality);
        redirect.addAttribute("departmentId", departmentId);
        if (category.isBlank() || municipality.isBlank()) {
            redirect.addFlashAttribute("errors", Map.of("place", "Выберите направление и муниципалитет."));
            return "redirect:/triage/" + appealId;
        }
        try {
            JsonNode placed = platform.post("/api/v1/triage/{id}", Map.of("id", appealId),
                    body(category, municipality, departmentId));
            String name = Json.text(placed, "departmentName");
            redirect.asMap().clear();
            redirect.addFlashAttribute("notice", "Обращение направлено: "
                    + (name != null ? name : Json.text(placed, "departmentId")));
            return "redirect:/triage";
        } catch (PlatformProblem problem) {
            String detail = problem.detail() == null ? "" : " (" + problem.detail() + ")";
            if (problem.isConflict()) {
                redirect.asMap().clear();
                redirect.addFlashAttribute("alert", ProblemMessages.CONFLICT + detail);
            } else {
                redirect.addFlashAttribute("errors", Map.of("place", problem.message() + detail));
            }
            return "redirect:/triage/" + appealId;
        }
    }

    private List<TriageItem> waiting() {
        JsonNode items = platform.get("/api/v1/triage?limit={limit}", Map.of("limit", QUEUE_LIMIT));
        return items.valueStream().map(TriageItem::of).toList();
    }

    /** The one item, however far down the queue; empty once it was placed (a 403 goes to the error page). */
    private Optional<TriageItem> waiting(UUID appealId) {
        try {
            return Optional.of(TriageItem.of(platform.get("/api/v1/triage/{id}", Map.of("id", appealId))));
        } catch (PlatformProblem problem) {
            if (problem.isNotFound()) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    private RoutingDirectory directory() {
        return RoutingDirectory.of(platform.get("/api/v1/routing/departments", Map.of()),
                platform.get("/api/v1/routing/rules", Map.of()));
    }

    /** What routing expects: codes, and the department only when the operator chose one (else the rules pick). */
    private static Map<String, String> body(String category, String municipality, String departmentId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("category", category);
        body.put("municipality", municipality);
        if (!departmentId.isBlank()) {
            body.put("departmentId", departmentId);
        }
        return body;
    }
}
