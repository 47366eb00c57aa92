package org.appeals.intake.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.appeals.intake.registration.FieldViolation;
import org.appeals.intake.registration.InvalidAppealException;
import org.appeals.support.outage.Outages;
import org.appeals.support.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors as the spec writes them, {@code [{"code":400,"description":"…"}]} or {@code <errors><error>…}, in the format
 * the request asked for. The registration's faults are named by the Open311 field the client sent.
 */
@RestControllerAdvice(assignableTypes = {RequestsController.class, ServicesController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Problems {

    private static final Logger log = LoggerFactory.getLogger(Open311Problems.class);

    /** Registration's field paths and the form fields they came from. */
    private static final Map<String, String> FORM_FIELDS = Map.of(
            "text", "description",
            "location.lat", "lat",
            "location.lon", "long",
            "location.address", "address_string",
            "author.id", "account_id",
            "author.name", "first_name and last_name",
            "author.contact", "email or phone",
            "replyTo.email", "email",
            "replyTo.phone", "phone",
            "attachments[0]", "media_url");

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<byte[]> refused(Open311Exception e, HttpServletRequest request) {
        return errors(e.status(), e.descriptions(), request);
    }

    @ExceptionHandler(InvalidAppealException.class)
    ResponseEntity<byte[]> invalid(InvalidAppealException e, HttpServletRequest request) {
        return errors(HttpStatus.BAD_REQUEST, e.violations().stream().map(Open311Problems::described).toList(), request);
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<byte[]> api(ApiException e, HttpServletRequest request) {
        return errors(e.status(), List.of(e.getMessage()), request);
    }

    /** Spring's own refusals (a missing part, an unsupported method) keep their status and say why. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
            return errors(HttpStatus.valueOf(refused.getStatusCode().value()),
                    List.of(String.valueOf(refused.getBody().getDetail())), request);
        }
        if (Outages.isOutage(e)) {
            // the store or the broker is away: a client may retry the same form (its id is content-derived)
            log.warn("Open311 request refused while a part is away: {}", e.getClass().getSimpleName());
            ResponseEntity<byte[]> unavailable = errors(HttpStatus.SERVICE_UNAVAILABLE,
                    List.of("service temporarily unavailable, retry later"), request);
            return ResponseEntity.status(unavailable.getStatusCode()).headers(unavailable.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Outages.RETRY_AFTER.toSeconds()))
                    .body(unavailable.getBody());
        }
        log.error("Open311 request failed", e);
        return errors(HttpStatus.INTERNAL_SERVER_ERROR, List.of("internal error"), request);
    }

    private static String described(FieldViolation violation) {
        return FORM_FIELDS.getOrDefault(violation.field(), violation.field()) + " " + violation.message();
    }

    private static ResponseEntity<byte[]> errors(HttpStatus status, List<String> descriptions,
                                                 HttpServletRequest request) {
        return Open311Format.ofPath(request.getRequestURI())
                .respond(status, Open311Document.errors(status.value(), descriptions));
    }
}
