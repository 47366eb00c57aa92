package org.appeals.console.errors;

import org.appeals.console.security.LazyRegistrations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.appeals.console.layout.CurrentPerson;
import org.appeals.console.layout.Me;
import org.appeals.console.platform.PlatformProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page the API refused or could not serve: the reason in Russian with the status the API gave (a 403 stays a 403,
 * so another municipality's appeal opened by URL shows nothing of it). An expired login sends the person to log in.
 */
@ControllerAdvice
class ConsoleErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrorAdvice.class);

    private final CurrentPerson currentPerson;

    ConsoleErrorAdvice(CurrentPerson currentPerson) {
        this.currentPerson = currentPerson;
    }

    @ExceptionHandler(PlatformProblem.class)
    String refused(PlatformProblem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (problem.status() >= 500) {
            log.warn("the platform failed a page: {}", problem.getMessage());
        }
        response.setStatus(problem.status() == 401 ? 401 : problem.status());
        model.addAttribute("problem", problem);
        model.addAttribute("me", knownPerson(request));
        return "error-page";
    }

    /** The navigation on the error page too, unless asking who the person is was what failed. */
    private Me knownPerson(HttpServletRequest request) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken)) {
            return null;
        }
        try {
            return currentPerson.in(request.getSession());
        } catch (PlatformProblem unknown) {
            return null;
        }
    }

    /** The refresh token expired or was revoked: log in again, then come back. */
    @ExceptionHandler(ClientAuthorizationException.class)
    String loginAgain() {
        return "redirect:/oauth2/authorization/" + LazyRegistrations.REGISTRATION_ID;
    }
}
