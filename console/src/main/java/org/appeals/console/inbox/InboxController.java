package org.appeals.console.inbox;

import org.appeals.console.platform.Json;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.layout.Deadline;
import org.appeals.console.platform.PlatformClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The department's inbox (nearest deadline first) and the card of one of its appeals. Both are read with the
 * person's token: the department's staff, or operators, who see the same pages without the moves.
 */
@Controller
class InboxController {

    static final String APPEAL = "/api/v1/departments/{departmentId}/appeals/{appealId}";

    private final PlatformClient platform;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    InboxController(PlatformClient platform, CurrentPerson currentPerson, Clock clock) {
        this.platform = platform;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    @GetMapping("/inbox/{departmentId}")
    String inbox(@PathVariable String departmentId, @RequestParam(required = false) String status,
                 @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String dueBy,
                 Model model) {
        InboxFilter filter = InboxFilter.of(status, overdue, dueBy);
        JsonNode page = platform.get(filter.query(departmentId));
        List<JsonNode> items = Json.items(page, "items");
        String name = items.isEmpty() ? null : Json.text(items.get(0), "departmentName");
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("departmentName", name == null ? departmentId : name);
        model.addAttribute("rows", InboxRows.of(page, clock.instant()));
        model.addAttribute("filter", filter);
        model.addAttribute("states", StateOption.all());
        model.addAttribute("limit", InboxFilter.LIMIT);
        return "inbox/inbox";
    }

    @GetMapping("/inbox/{departmentId}/appeals/{appealId}")
    String card(@PathVariable String departmentId, @PathVariable String appealId, HttpSession session,
                Model model) {
        JsonNode appeal = platform.get(APPEAL, Map.of("departmentId", departmentId, "appealId", appealId));
        boolean movable = DepartmentStaff.mayMove(currentPerson.in(session), departmentId);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("staff", movable);
        model.addAttribute("card", AppealCards.of(appeal, departmentId, movable, clock.instant()));
        model.addAttribute("today", LocalDate.now(clock.withZone(Deadline.ZONE)).toString());
        return "inbox/card";
    }
}
