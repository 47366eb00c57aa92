package org.appeals.gateway.me;

import org.appeals.gateway.identity.Identity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}, served by the gateway itself: the guard filter has already identified the caller (any
 * person or key; nobody else gets this far) and put the identity in the request.
 */
@RestController
class MeController {

    @GetMapping("/api/v1/me")
    Me me(@RequestAttribute(Identity.ATTRIBUTE) Identity identity) {
        return Me.of(identity);
    }
}
