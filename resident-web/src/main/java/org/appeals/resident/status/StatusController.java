package org.appeals.resident.status;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.appeals.resident.gateway.ClientAddress;
import org.appeals.resident.gateway.Gateway;
import org.appeals.resident.gateway.GatewayProblem;
import org.appeals.resident.layout.ProblemWords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /appeal/{number}?code=}: the appeal's status for whoever holds its number and access code. Without a code,
 * or with a wrong one, only the form asking for both, with one neutral message whether the number exists or not.
 */
@Controller
class StatusController {

    static final String NOT_FOUND = "Обращение не найдено. Проверьте номер и код доступа из уведомления о регистрации.";

    private final Gateway gateway;

    StatusController(Gateway gateway) {
        this.gateway = gateway;
    }

    /** The lookup form's target: goes to the status page's own address. */
    @GetMapping("/appeal/find")
    String find(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
                HttpServletResponse response, Model model) {
        if (number == null && code == null) {
            return lookup(model, response, "", null, 200);
        }
        String cleanNumber = AccessCodes.number(number);
        if (!AccessCodes.plausibleNumber(cleanNumber) || AccessCodes.code(code).isEmpty()) {
            return lookup(model, response, cleanNumber, "Введите номер обращения и код доступа.", 400);
        }
        return "redirect:" + Links.status(cleanNumber, AccessCodes.code(code));
    }

    @GetMapping("/appeal/{number}")
    String status(@PathVariable String number, @RequestParam(required = false) String code,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        String cleanNumber = AccessCodes.number(number);
        if (AccessCodes.code(code).isEmpty()) {
            return lookup(model, response, cleanNumber, null, 200);
        }
        if (!AccessCodes.plausibleNumber(cleanNumber)) {
            return lookup(model, response, "", NOT_FOUND, 404);
        }
        try {
            PublicAppeal appeal = PublicAppeal.of(gateway.publicAppeal(cleanNumber, AccessCodes.code(code),
                    ClientAddress.of(request)));
            model.addAttribute("appeal", appeal);
            model.addAttribute("feedbackLink", appeal.feedbackOpen()
                    ? Links.feedback(cleanNumber, AccessCodes.code(code)) : null);
            return "status/status";
        } catch (GatewayProblem problem) {
            return switch (problem.status()) {
                case 404, 400 -> lookup(model, response, cleanNumber, NOT_FOUND, 404);
                case 429 -> lookup(model, response, cleanNumber, ProblemWords.tooManyAttempts(problem), 429);
                default -> throw problem;
            };
        }
    }

    static String lookup(Model model, HttpServletResponse response, String number, String message, int status) {
        response.setStatus(status);
        model.addAttribute("number", number);
        model.addAttribute("message", message);
        return "status/lookup";
    }
}
