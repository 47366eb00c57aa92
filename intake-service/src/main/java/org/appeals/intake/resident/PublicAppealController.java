package org.appeals.intake.resident;

import java.time.Clock;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API behind the resident's status and feedback pages. It takes no {@code Caller}: the gateway forwards
 * these paths without a credential (its signed identity names nobody), and the number with its access code is the
 * only key. The number is the registration number; an appeal id opens nothing here.
 */
@RestController
class PublicAppealController {

    static final String PATH = "/api/v1/public/appeals/{number}";

    private final PublicAccess access;
    private final PublicFeedback feedback;
    private final PublicProperties properties;
    private final Clock clock;

    PublicAppealController(PublicAccess access, PublicFeedback feedback, PublicProperties properties, Clock clock) {
        this.access = access;
        this.feedback = feedback;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    PublicAppeal appeal(@PathVariable String number, @RequestParam(required = false) String code) {
        return PublicAppeals.of(access.open(number, code), properties.feedbackWindow(), clock.instant());
    }

    @PostMapping(path = PATH + "/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Boolean>> feedback(@PathVariable String number, @RequestBody FeedbackForm form) {
        feedback.give(number, form);
        return ResponseEntity.accepted().body(Map.of("accepted", true));
    }
}
