package org.appeals.console.inbox;

import java.util.List;
import java.util.Map;
import org.appeals.console.platform.PlatformClient;
import org.appeals.console.platform.PlatformProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Проверить": the draft final answer through department-service's automatic check before it is sent
 * ({@code POST …/answers/check}, which stores nothing), shown under the form with the flagged words marked.
 */
@Controller
class AnswerCheckController {

    private final PlatformClient platform;

    AnswerCheckController(PlatformClient platform) {
        this.platform = platform;
    }

    @PostMapping("/inbox/{departmentId}/appeals/{appealId}/answer/check")
    String check(@PathVariable String departmentId, @PathVariable String appealId,
                 @RequestParam(defaultValue = "") String text, Model model) {
        if (text.isBlank()) {
            model.addAttribute("checkError", "Напишите ответ, затем проверьте его.");
            return "inbox/check :: result";
        }
        try {
            var checked = platform.post(InboxController.APPEAL + "/answers/check",
                    Map.of("departmentId", departmentId, "appealId", appealId), Map.of("text", text));
            List<CheckFlag> flags = new java.util.ArrayList<>();
            checked.path("flags").forEach(flag -> flags.add(CheckFlag.of(flag)));
            model.addAttribute("flags", flags);
            model.addAttribute("draft", FlaggedText.of(text, flags));
            model.addAttribute("wouldBeReviewed", checked.path("wouldBeReviewed").asBoolean(true));
        } catch (PlatformProblem problem) {
            model.addAttribute("checkError", problem.message());
        }
        return "inbox/check :: result";
    }
}
