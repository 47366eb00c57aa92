package org.appeals.console.review;

import org.appeals.console.platform.Json;

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
 * The review queue ({@code /reviews}) and one answer's review ({@code /reviews/{appealId}}: the review id is the
 * appeal id, as in department-service's API). An incident's answer is decided once: the decision is sent for every
 * appeal of the incident that waits with the same answer.
 */
@Controller
class ReviewController {

    private static final int MAX_COMMENT = 4000;

    private final ReviewReads reads;
    private final PlatformClient platform;

    ReviewController(ReviewReads reads, PlatformClient platform) {
        this.reads = reads;
        this.platform = platform;
    }

    @GetMapping("/reviews")
    String queue(Model model) {
        List<ReviewItem> queue = reads.waiting(null);
        model.addAttribute("rows", IncidentAnswers.rows(queue));
        return "review/queue";
    }

    @GetMapping("/reviews/{appealId}")
    String review(@PathVariable UUID appealId, Model model) {
        AppealHistory history = reads.history(appealId);
        JsonNode appeal = reads.departmentAppeal(history);
        ReviewItem item = ReviewItem.of(appeal);
        model.addAttribute("history", history);
        model.addAttribute("item", item);
        model.addAttribute("state", Json.text(appeal, "state"));
        model.addAttribute("highlighted", item.answer() == null ? null : item.answer().highlighted());
        model.addAttribute("sameAnswer", reads.sameAnswer(item));
        model.addAttribute("earlierReturns", EarlierReturn.in(appeal));
        return "review/item";
    }

    @PostMapping("/reviews/{appealId}/approve")
    String approve(@PathVariable UUID appealId, RedirectAttributes redirect) {
        return decide(appealId, "approve", null, redirect, "Ответ утверждён и отправлен заявителю");
    }

    /** An empty comment is refused here, beside the textarea, before the API is asked. */
    @PostMapping("/reviews/{appealId}/return")
    String returnForRework(@PathVariable UUID appealId, @RequestParam(defaultValue = "") String comment,
                           RedirectAttributes redirect) {
        String why = comment.strip();
        redirect.addFlashAttribute("comment", comment);
        if (why.isEmpty() || why.length() > MAX_COMMENT) {
            redirect.addFlashAttribute("errors", Map.of("return", why.isEmpty()
                    ? "Напишите комментарий: что ведомству нужно исправить в ответе."
                    : "Комментарий длиннее " + MAX_COMMENT + " символов: сократите его."));
            return "redirect:/reviews/" + appealId;
        }
        return decide(appealId, "return", Map.of("comment", why), redirect, "Ответ возвращён ведомству на доработку");
    }

    /**
     * Decides this appeal's answer; an incident's answer once for every appeal it went to (department-service's
     * incident review), each appeal one it decided on its own meanwhile is reported, not failed.
     */
    private String decide(UUID appealId, String action, Object body, RedirectAttributes redirect, String done) {
        int decided;
        int skipped = 0;
        try {
            ReviewItem item = reads.item(appealId);
            if (item.incidentAnswer()) {
                JsonNode outcome = platform.post("/api/v1/incidents/{id}/review/" + action,
                        Map.of("id", item.incidentId()), body);
                decided = 0;
                for (JsonNode member : outcome.path("appeals")) {
                    if (member.path("decided").asBoolean(false)) {
                        decided++;
                    } else {
                        skipped++;
                    }
                }
            } else {
                platform.post("/api/v1/reviews/{id}/" + action, Map.of("id", appealId), body);
                decided = 1;
            }
        } catch (PlatformProblem problem) {
            return refused(appealId, action, problem, redirect);
        }
        redirect.getFlashAttributes().remove("comment");
        redirect.addFlashAttribute("notice", done + (decided > 1 ? " (обращений инцидента: " + decided + ")" : "")
                + (skipped > 0 ? "; по " + skipped + " обращениям решение уже было принято отдельно" : "") + ".");
        return "redirect:/reviews";
    }

    /** 409: reload the review with the alert; anything else: the reason beside the button that was pressed. */
    private static String refused(UUID appealId, String control, PlatformProblem problem,
                                  RedirectAttributes redirect) {
        String detail = problem.detail() == null ? "" : " (" + problem.detail() + ")";
        if (problem.isConflict()) {
            redirect.getFlashAttributes().remove("comment");
            redirect.addFlashAttribute("alert", ProblemMessages.CONFLICT + detail);
        } else {
            redirect.addFlashAttribute("errors", Map.of(control, problem.message() + detail));
        }
        return "redirect:/reviews/" + appealId;
    }
}
