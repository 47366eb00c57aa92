package org.appeals.console.layout;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is logged in ({@code me}) for its navigation and the moves it offers. */
@ControllerAdvice
class LayoutAdvice {

    private final CurrentPerson currentPerson;

    LayoutAdvice(CurrentPerson currentPerson) {
        this.currentPerson = currentPerson;
    }

    @ModelAttribute("me")
    Me me(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof OAuth2AuthenticationToken)) {
            return null;
        }
        return currentPerson.in(request.getSession());
    }
}
