package org.appeals.intake.registration;

import java.util.Arrays;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.intake.appeal.AppealIds;
import org.appeals.intake.response.Responded;
import org.appeals.intake.response.ResidentResponses;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/appeals/{id}/feedback} ({@code id} or the registration number): the resident rates the final
 * answer, relayed by the appeal's own channel or posted by an admin. Another channel's appeal answers exactly like a
 * missing one.
 */
@RestController
class FeedbackController {

    private final AppealIds ids;
    private final ResidentResponses responses;

    FeedbackController(AppealIds ids, ResidentResponses responses) {
        this.ids = ids;
        this.responses = responses;
    }

    @PostMapping(path = RegistrationController.PATH + "/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Responded> feedback(@PathVariable String id, @RequestBody FeedbackRequest body, Caller caller) {
        caller.requireRole(Role.CHANNEL, Role.ADMIN);
        UUID appealId = ids.resolve(id).orElseThrow(() -> ApiException.notFound("No appeal with this id."));
        return ResponseEntity.accepted().body(responses.feedback(ResponseRequests.feedback(appealId, channel(caller), body)));
    }

    /** A channel key speaks for its channel only; an admin for whichever channel the appeal came through (null). */
    private static Channel channel(Caller caller) {
        if (caller.role() != Role.CHANNEL) {
            return null;
        }
        return Arrays.stream(Channel.values()).filter(channel -> caller.isChannel(channel.name())).findFirst()
                .orElseThrow(() -> ApiException.notFound("No appeal with this id."));
    }
}
