package org.appeals.intake.registration;

import static org.appeals.support.kafka.InvalidEventException.require;

import org.appeals.contracts.Topics;
import org.appeals.support.kafka.InvalidEventException;
import org.appeals.support.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Appeals (and replies about them) that channel adapters publish on {@code appeals.submitted} instead of posting
 * them. The JSON is the body of {@code POST /api/v1/appeals}, so it is read into the same {@link AppealRequest} and
 * goes through the same {@link Submissions}. A submission the HTTP endpoint would refuse with a 4xx goes straight to
 * {@code appeals.submitted.dlt} with the refusal as its reason; a repeat registers nothing. Kafka has no caller to
 * hold to its own channel: which adapter may write this topic is for the broker's ACLs to say.
 */
@Component
class SubmissionListener {

    private static final Logger log = LoggerFactory.getLogger(SubmissionListener.class);

    private final Submissions submissions;

    SubmissionListener(Submissions submissions) {
        this.submissions = submissions;
    }

    @KafkaListener(topics = Topics.APPEALS_SUBMITTED,
            properties = "spring.json.value.default.type=org.appeals.intake.registration.AppealRequest")
    void submitted(AppealRequest submission) {
        require(submission, "body");
        try {
            if (submission.inReplyTo() != null) {
                var responded = submissions.reply(submission);
                log.debug("{} is response {} to appeal {}", submission, responded.responseId(), responded.appealId());
            } else {
                var registered = submissions.appeal(submission);
                log.debug("{} is appeal {}", submission, registered.appealId());
            }
        } catch (ApiException e) {
            if (e.status().is4xxClientError()) {
                // what a client would be told; no retry changes it
                throw new InvalidEventException(e.getMessage());
            }
            throw e;
        }
    }
}
