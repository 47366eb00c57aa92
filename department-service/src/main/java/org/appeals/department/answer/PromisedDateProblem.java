package org.appeals.department.answer;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.appeals.department.deadline.PromiseBeyondLegalTerm;
import org.appeals.support.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * A promised date the API refuses, with a stable problem {@code type} and {@code code} that clients (the console)
 * turn into their own words, and the dates they need to say so. Still an {@link ApiException}: where no problem
 * advice reads it (an incident's member outcomes), its detail is the message.
 */
public class PromisedDateProblem extends ApiException {

    /** The promised date is after the legal term (59-ФЗ) of the appeal. */
    public static final String AFTER_LEGAL_TERM = "PROMISED_DATE_AFTER_LEGAL_TERM";
    /** The promised date is before today. */
    public static final String IN_THE_PAST = "PROMISED_DATE_IN_THE_PAST";

    private final String code;
    private final Map<String, Object> properties;

    private PromisedDateProblem(HttpStatus status, String code, String detail, Map<String, Object> properties) {
        super(status, detail);
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    /** 422: the date is well formed, but later than this appeal's legal term allows. */
    static PromisedDateProblem afterLegalTerm(PromiseBeyondLegalTerm refused) {
        return new PromisedDateProblem(HttpStatus.UNPROCESSABLE_CONTENT, AFTER_LEGAL_TERM,
                "promisedBy " + refused.promisedBy() + " is later than the legal term of this written appeal "
                        + "(59-ФЗ): the final answer is due by " + refused.legalTermDate() + " (" + refused.legalTerm()
                        + "), and an interim answer does not extend it. Promise " + refused.legalTermDate()
                        + " or earlier.",
                Map.of("promisedBy", refused.promisedBy().toString(), "legalTermDate",
                        refused.legalTermDate().toString(), "legalTerm", refused.legalTerm().toString()));
    }

    /** 400, as before the problem had a type: a promise for a day that has passed. */
    static PromisedDateProblem inThePast(LocalDate promisedBy, LocalDate today) {
        return new PromisedDateProblem(HttpStatus.BAD_REQUEST, IN_THE_PAST,
                "promisedBy must not be in the past: " + promisedBy + " is before today, " + today + ".",
                Map.of("promisedBy", promisedBy.toString(), "today", today.toString()));
    }

    /** The problem's type: a URN, stable as long as the code is. */
    public URI type() {
        return URI.create("urn:appeals:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public String code() {
        return code;
    }

    /** Further members of the problem: the dates involved, as ISO strings. */
    public Map<String, Object> properties() {
        return properties;
    }
}
