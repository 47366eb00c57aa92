package org.appeals.intake.view;

import java.util.UUID;
import org.appeals.intake.appeal.AppealIds;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/appeal-numbers/{number}}: which appeal a registration number names, for the gateway, which
 * forwards a path with a number to the service that knows the appeal by its id. Any identified caller may ask (the
 * gateway asks as the caller, whose rights over the appeal are checked where the request goes); it says nothing but
 * the id.
 */
@RestController
class AppealNumberController {

    private final AppealIds ids;

    AppealNumberController(AppealIds ids) {
        this.ids = ids;
    }

    @GetMapping("/api/v1/appeal-numbers/{number}")
    AppealNumber number(@PathVariable String number, Caller caller) {
        // the Caller argument alone refuses a public route's anonymous request (401)
        String quoted = number.strip();
        return ids.numbered(quoted).map(id -> new AppealNumber(id, quoted))
                .orElseThrow(() -> ApiException.notFound("No appeal with this registration number."));
    }

    /** An appeal's id and the number residents quote. */
    record AppealNumber(UUID appealId, String registrationNumber) {
    }
}
