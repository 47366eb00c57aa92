package org.appeals.resident.feedback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.appeals.resident.gateway.ClientAddress;
import java.util.Map;
import org.appeals.resident.gateway.Gateway;
import org.appeals.resident.gateway.GatewayProblem;
import org.appeals.resident.layout.ProblemWords;
import org.appeals.resident.status.AccessCodes;
import org.appeals.resident.status.Links;
import org.appeals.resident.status.PublicAppeal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /feedback/{number}?code=}: the final answer and the form to rate it; the rating goes to the platform's
 * public feedback endpoint, which reopens the appeal when the problem is not solved.
 */
@Controller
class FeedbackController {

    static final String ALREADY_GIVEN = "Вы уже оценили этот ответ.";
    static final String EXPIRED = "Срок для оценки истёк.";
    static final String NOT_YET = "Окончательного ответа ещё нет: оценить его можно будет, когда он придёт.";
    static final String NOT_FOUND = "Обращение не найдено. Проверьте ссылку из письма с ответом.";

    private final Gateway gateway;

    FeedbackController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/feedback/{number}")
    String page(@PathVariable String number, @RequestParam(required = false) String code,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        String cleanNumber = AccessCodes.number(number);
        String cleanCode = AccessCodes.code(code);
        PublicAppeal appeal = read(cleanNumber, cleanCode, ClientAddress.of(request), response, model);
        if (appeal == null) {
            return "feedback/closed";
        }
        PublicAppeal.Answer answer = appeal.finalAnswer();
        String answerId = appeal.feedback() != null ? appeal.feedback().answerId()
                : answer == null ? null : answer.answerId();
        return show(model, appeal, FeedbackForm.blank(cleanCode, answerId), Map.of(), cleanNumber, cleanCode);
    }

    @PostMapping("/feedback/{number}")
    String send(@PathVariable String number, @ModelAttribute FeedbackForm form, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        String clientAddress = ClientAddress.of(request);
        String cleanNumber = AccessCodes.number(number);
        String cleanCode = AccessCodes.code(form.code());
        Map<String, String> errors = form.errors();
        if (errors.isEmpty()) {
            try {
                gateway.feedback(cleanNumber, form.body(), clientAddress);
                model.addAttribute("statusLink", Links.status(cleanNumber, cleanCode));
                return "feedback/thanks";
            } catch (GatewayProblem problem) {
                String closed = closedMessage(problem);
                if (closed != null) {
                    return closed(model, response, problem.status(), closed,
                            cleanNumber, cleanCode);
                }
                errors = Map.of("form", "Оценка не принята: проверьте поля и отправьте ещё раз.");
            }
        }
        PublicAppeal appeal = read(cleanNumber, cleanCode, clientAddress, response, model);
        if (appeal == null) {
            return "feedback/closed";
        }
        response.setStatus(400);
        return show(model, appeal, form, errors, cleanNumber, cleanCode);
    }

    private PublicAppeal read(String number, String code, String clientAddress, HttpServletResponse response,
                              Model model) {
        if (code.isEmpty() || !AccessCodes.plausibleNumber(number)) {
            closed(model, response, 404, NOT_FOUND, number, code);
            return null;
        }
        try {
            return PublicAppeal.of(gateway.publicAppeal(number, code, clientAddress));
        } catch (GatewayProblem problem) {
            String closed = closedMessage(problem);
            if (closed == null) {
                throw problem;
            }
            closed(model, response, problem.status(), closed, number, code);
            return null;
        }
    }

    /** What a refusal means for the resident; null when the page should show the form's own error. */
    private static String closedMessage(GatewayProblem problem) {
        return switch (problem.status()) {
            case 404 -> NOT_FOUND;
            case 409 -> ALREADY_GIVEN;
            case 410 -> EXPIRED;
            case 429 -> ProblemWords.tooManyAttempts(problem);
            case 400 -> null;
            default -> throw problem;
        };
    }

    private static String show(Model model, PublicAppeal appeal, FeedbackForm form, Map<String, String> errors,
                               String number, String code) {
        model.addAttribute("appeal", appeal);
        model.addAttribute("answer", appeal.finalAnswer());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("number", number);
        model.addAttribute("statusLink", Links.status(number, code));
        if (appeal.feedback() != null && appeal.feedback().given()) {
            model.addAttribute("message", ALREADY_GIVEN);
        } else if (appeal.finalAnswer() == null) {
            model.addAttribute("message", NOT_YET);
        } else if (appeal.feedback() == null || !appeal.feedback().open()) {
            model.addAttribute("message", EXPIRED);
        }
        return "feedback/feedback";
    }

    private static String closed(Model model, HttpServletResponse response, int status, String message,
                                 String number, String code) {
        response.setStatus(status);
        model.addAttribute("message", message);
        model.addAttribute("statusLink", status == 404 || code.isEmpty() ? null : Links.status(number, code));
        return "feedback/closed";
    }
}
