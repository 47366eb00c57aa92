package org.appeals.intake.registration;

import java.util.List;
import java.util.stream.Collectors;
import org.appeals.support.web.ApiException;
import org.springframework.http.HttpStatus;

/** A body (an appeal, or a resident's response) that fails the checks; a 400 naming every offending field. */
public class InvalidAppealException extends ApiException {

    private final transient List<FieldViolation> violations;

    InvalidAppealException(String subject, List<FieldViolation> violations) {
        super(HttpStatus.BAD_REQUEST, "Invalid " + subject + ": "
                + violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; ")) + ".");
        this.violations = List.copyOf(violations);
    }

    /** Every offending field, named by its path in the appeals API body. */
    public List<FieldViolation> violations() {
        return violations;
    }
}
