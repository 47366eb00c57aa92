package org.appeals.intake.registration;

import java.net.URI;
import java.time.Clock;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.appeals.intake.response.NewResponse;
import org.appeals.intake.response.ResidentResponses;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/appeals}: a channel adapter hands in an appeal of its own channel, or, with {@code inReplyTo},
 * a resident's reply about one (which registers no new appeal).
 */
@RestController
class RegistrationController {

    static final String PATH = "/api/v1/appeals";

    private final AppealRegistration registration;
    private final ResidentResponses responses;
    private final Clock clock;

    RegistrationController(AppealRegistration registration, ResidentResponses responses, Clock clock) {
        this.registration = registration;
        this.responses = responses;
        this.clock = clock;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> register(@RequestBody AppealRequest body, Caller caller) {
        caller.requireRole(Role.CHANNEL, Role.ADMIN);
        if (body.inReplyTo() != null) {
            NewResponse reply = ResponseRequests.reply(body);
            requireOwnChannel(caller, reply.channel());
            return ResponseEntity.accepted().body(responses.reply(reply));
        }
        AppealSubmission appeal = AppealRequestValidator.validate(body, clock.instant());
        requireOwnChannel(caller, appeal.channel());
        Registered registered = registration.register(appeal);
        return ResponseEntity.accepted()
                .location(URI.create(PATH + "/" + registered.appealId()))
                .body(registered);
    }

    private static void requireOwnChannel(Caller caller, Channel channel) {
        if (caller.role() == Role.CHANNEL && !caller.isChannel(channel.name())) {
            throw ApiException.forbidden("This API key may post appeals of its own channel only.");
        }
    }
}
