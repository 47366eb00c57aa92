package org.appeals.console.inbox;

import java.util.Map;
import org.appeals.console.platform.PlatformClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department's moves on an appeal, each a plain form posted to the API as the person (department-service
 * {@code AnswerController}) and answered with the card again. The service decides what the state allows.
 */
@Controller
@RequestMapping("/inbox/{departmentId}/appeals/{appealId}")
class MovesController {

    /** Back to the card; the path variables of the request fill (and encode) the template. */
    private static final String CARD = "redirect:/inbox/{departmentId}/appeals/{appealId}";

    private static final String INBOX = "redirect:/inbox/{departmentId}";

    private final PlatformClient platform;

    MovesController(PlatformClient platform) {
        this.platform = platform;
    }

    @PostMapping("/accept")
    String accept(@PathVariable String departmentId, @PathVariable String appealId, RedirectAttributes flash) {
        MoveAttempt.run(flash, Move.ACCEPT.control(), null, () -> {
            platform.post(InboxController.APPEAL + "/accept", ids(departmentId, appealId), null);
            return "Обращение принято в работу.";
        });
        return CARD;
    }

    @PostMapping("/interim")
    String interim(@PathVariable String departmentId, @PathVariable String appealId,
                   @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String promisedBy,
                   RedirectAttributes flash) {
        String control = Move.INTERIM.control();
        boolean sent = false;
        if (text.isBlank() || promisedBy.isBlank()) {
            MoveAttempt.refuse(flash, control, text, text.isBlank() ? "Напишите, что уже сделано или делается."
                    : "Укажите дату, к которой житель получит окончательный ответ.");
        } else {
            sent = MoveAttempt.run(flash, control, text, () -> {
                platform.post(InboxController.APPEAL + "/answers", ids(departmentId, appealId),
                        Map.of("kind", "INTERIM", "text", text, "promisedBy", promisedBy));
                return "Промежуточный ответ отправлен: житель узнает, к какой дате ждать ответа.";
            });
        }
        if (!sent) {
            flash.addFlashAttribute("draftDate", promisedBy);
        }
        return CARD;
    }

    @PostMapping("/clarification")
    String question(@PathVariable String departmentId, @PathVariable String appealId,
                    @RequestParam(defaultValue = "") String question, RedirectAttributes flash) {
        String control = Move.QUESTION.control();
        if (question.isBlank()) {
            MoveAttempt.refuse(flash, control, question, "Напишите вопрос жителю.");
            return CARD;
        }
        MoveAttempt.run(flash, control, question, () -> {
            platform.post(InboxController.APPEAL + "/clarification", ids(departmentId, appealId),
                    Map.of("question", question));
            return "Вопрос отправлен жителю; срок ответа остановлен до его ответа.";
        });
        return CARD;
    }

    @PostMapping("/answer")
    String answer(@PathVariable String departmentId, @PathVariable String appealId,
                  @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
        String control = Move.ANSWER.control();
        if (text.isBlank()) {
            MoveAttempt.refuse(flash, control, text, "Напишите ответ по существу обращения.");
            return CARD;
        }
        MoveAttempt.run(flash, control, text, () -> MoveNotices.finalAnswer(platform.post(
                InboxController.APPEAL + "/answers", ids(departmentId, appealId),
                Map.of("kind", "FINAL", "text", text))));
        return CARD;
    }

    @PostMapping("/redirect")
    String redirect(@PathVariable String departmentId, @PathVariable String appealId,
                    @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        String control = Move.REDIRECT.control();
        if (reason.isBlank()) {
            MoveAttempt.refuse(flash, control, reason, "Напишите, почему обращение не в компетенции ведомства.");
            return CARD;
        }
        boolean redirected = MoveAttempt.run(flash, control, reason, () -> {
            platform.post(InboxController.APPEAL + "/redirect", ids(departmentId, appealId), Map.of("reason", reason));
            return "Обращение возвращено на маршрутизацию: его направят в другое ведомство.";
        });
        // once routing places it elsewhere the card is no longer this department's to open
        return redirected ? INBOX : CARD;
    }

    private static Map<String, String> ids(String departmentId, String appealId) {
        return Map.of("departmentId", departmentId, "appealId", appealId);
    }
}
