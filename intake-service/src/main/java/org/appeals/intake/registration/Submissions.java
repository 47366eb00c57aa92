package org.appeals.intake.registration;

import java.time.Clock;
import org.appeals.intake.response.Responded;
import org.appeals.intake.response.ResidentResponses;
import org.springframework.stereotype.Service;

/**
 * Registration for entry points that have no caller to check against the channel (Kafka, Open311): the same checks
 * and the same de-duplication as {@code POST /api/v1/appeals}, so no entry point can take what another refuses.
 * Faults surface as {@link InvalidAppealException} (bad fields) or another {@link org.appeals.support.web.ApiException}.
 */
@Service
public class Submissions {

    private final AppealRegistration registration;
    private final ResidentResponses responses;
    private final Clock clock;

    Submissions(AppealRegistration registration, ResidentResponses responses, Clock clock) {
        this.registration = registration;
        this.responses = responses;
        this.clock = clock;
    }

    /** A new appeal; the same channel and external id again answer the appeal that has them. */
    public Registered appeal(AppealRequest body) {
        return registration.register(AppealRequestValidator.validate(body, clock.instant()));
    }

    /** A resident's reply about one of the channel's appeals ({@code inReplyTo} set). */
    public Responded reply(AppealRequest body) {
        return responses.reply(ResponseRequests.reply(body));
    }
}
