package org.appeals.intake.registration;

import java.net.URI;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/appeals}: a channel adapter hands in an appeal of its own channel. */
@RestController
class RegistrationController {

    static final String PATH = "/api/v1/appeals";

    private final AppealRegistration registration;

    RegistrationController(AppealRegistration registration) {
        this.registration = registration;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Registered> register(@RequestBody AppealRequest body, Caller caller) {
        caller.requireRole(Role.CHANNEL, Role.ADMIN);
        NewAppeal appeal = AppealRequestValidator.validate(body);
        if (caller.role() == Role.CHANNEL && !appeal.channel().name().equals(caller.scope())) {
            throw ApiException.forbidden("This API key may post appeals of its own channel only.");
        }
        Registered registered = registration.register(appeal);
        return ResponseEntity.accepted()
                .location(URI.create(PATH + "/" + registered.appealId()))
                .body(registered);
    }
}
