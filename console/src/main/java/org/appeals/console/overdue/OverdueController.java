package org.appeals.console.overdue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.appeals.console.platform.PlatformClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/** {@code /overdue}: open appeals with a missed deadline, most late first, optionally of one department. */
@Controller
class OverdueController {

    /** department-service's ceiling for one listing. */
    private static final int LIMIT = 500;

    private final PlatformClient platform;
    private final Clock clock;

    OverdueController(PlatformClient platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    @GetMapping("/overdue")
    String overdue(@RequestParam(defaultValue = "") String departmentId, Model model) {
        String department = departmentId.strip();
        JsonNode list = department.isEmpty()
                ? platform.get("/api/v1/overdue?limit={limit}", Map.of("limit", LIMIT))
                : platform.get("/api/v1/overdue?departmentId={d}&limit={limit}",
                        Map.of("d", department, "limit", LIMIT));
        Instant now = clock.instant();
        List<OverdueRow> rows = list.valueStream().map(appeal -> OverdueRow.of(appeal, now))
                .sorted(OverdueRow.MOST_LATE_FIRST).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("departmentId", department);
        model.addAttribute("departments",
                DepartmentChoice.of(platform.get("/api/v1/routing/departments", Map.of()), department));
        return "overdue/overdue";
    }
}
