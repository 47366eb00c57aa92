package org.appeals.console.directory;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.platform.PlatformClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who changed the directory and the rules, when, and what it was before and after: ЦУР and admins. */
@Controller
class RoutingAuditController {

    /** The choices the page offers; routing takes 1 to 500. */
    static final List<Integer> LIMITS = List.of(50, 100, 200, 500);

    private final PlatformClient platform;
    private final CurrentPerson currentPerson;

    RoutingAuditController(PlatformClient platform, CurrentPerson currentPerson) {
        this.platform = platform;
        this.currentPerson = currentPerson;
    }

    @GetMapping("/directory/audit")
    String audit(@RequestParam(defaultValue = "50") int limit, HttpSession session, Model model) {
        Editors.require(currentPerson.in(session));
        int shown = LIMITS.contains(limit) ? limit : LIMITS.get(0);
        List<AuditRow> rows = platform.get("/api/v1/routing/audit?limit={limit}", Map.of("limit", shown))
                .valueStream().map(AuditRow::of).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("limit", shown);
        model.addAttribute("limits", LIMITS);
        return "directory/audit";
    }
}
