package org.appeals.console.today;

import java.util.List;
import java.util.Map;
import org.appeals.console.platform.PlatformClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;

/**
 * "Today": what needs a person now, each count a link to its queue, refreshed in place every few seconds (htmx
 * polls {@code /today/counts}; nothing reloads). Counts come from intake's summary, scoped to the operator.
 */
@Controller
class TodayController {

    private final PlatformClient platform;
    private final int refreshSeconds;

    TodayController(PlatformClient platform, @Value("${appeals.console.today-refresh-seconds:5}") int refreshSeconds) {
        this.platform = platform;
        this.refreshSeconds = refreshSeconds;
    }

    @GetMapping("/today")
    String today(Model model) {
        model.addAttribute("counts", counts());
        model.addAttribute("refreshSeconds", refreshSeconds);
        return "today/today";
    }

    @GetMapping("/today/counts")
    String counts(Model model) {
        model.addAttribute("counts", counts());
        model.addAttribute("refreshSeconds", refreshSeconds);
        return "today/today :: counts";
    }

    private List<TodayCount> counts() {
        JsonNode summary = platform.get("/api/v1/appeals/summary", Map.of());
        return List.of(
                new TodayCount("triage", "Ждут разбора", summary.path("triage").asLong(), "/triage"),
                new TodayCount("review", "Ответы на проверке", summary.path("inReview").asLong(), "/reviews"),
                new TodayCount("overdue", "Просрочены", summary.path("overdue").asLong(), "/overdue"),
                new TodayCount("parked", "Не доставлены жителю", summary.path("deliveryFailed").asLong(),
                        "/deliveries"),
                new TodayCount("reopened", "Открыты повторно", summary.path("reopened").asLong(),
                        "/search?status=REOPENED"));
    }
}
