package org.appeals.resident.layout;

import jakarta.servlet.http.HttpServletResponse;
import org.appeals.resident.gateway.GatewayProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A call to the platform that a page did not handle itself (the gateway is away, say): a Russian page with the
 * status the platform gave, never a stack trace or the Whitelabel page.
 */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    @ExceptionHandler(GatewayProblem.class)
    String failed(GatewayProblem problem, HttpServletResponse response, Model model) {
        if (problem.isServerSide()) {
            log.warn("the platform failed a resident's page: {}", problem.getMessage());
        }
        response.setStatus(problem.isServerSide() ? 503 : problem.status());
        model.addAttribute("message", ProblemWords.of(problem));
        return "error-page";
    }
}
