package org.appeals.console.card;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.appeals.console.deliveries.DeliveryRow;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.layout.Me;
import org.appeals.console.platform.PlatformClient;
import org.appeals.console.platform.PlatformProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /appeals/{appealId}}: the operator's card. Intake decides who may read it: its 403 or 404 propagates and
 * the error page shows nothing of the appeal. Reading it records a personal-data read (the author's contacts).
 */
@Controller
class CardController {

    private final PlatformClient platform;
    private final CurrentPerson currentPerson;
    private final Clock clock;

    CardController(PlatformClient platform, CurrentPerson currentPerson, Clock clock) {
        this.platform = platform;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    @GetMapping("/appeals/{appealId}")
    String card(@PathVariable String appealId, HttpSession session, Model model) {
        AppealCard card = AppealCard.of(platform.get("/api/v1/appeals/{id}", Map.of("id", appealId)),
                clock.instant());
        Me me = currentPerson.in(session);
        model.addAttribute("card", card);
        model.addAttribute("deliveries", me.isRegionalStaff() ? deliveries(appealId) : CardDeliveries.HIDDEN);
        return "card/card";
    }

    /** Notification knows an appeal only once it has something to send: its 404 means "nothing yet". */
    private CardDeliveries deliveries(String appealId) {
        try {
            return CardDeliveries.of(DeliveryRow.list(
                    platform.get("/api/v1/appeals/{id}/deliveries", Map.of("id", appealId)).path("deliveries")));
        } catch (PlatformProblem problem) {
            return problem.isNotFound() ? CardDeliveries.of(List.of())
                    : CardDeliveries.unavailable(problem.message());
        }
    }
}
