package org.appeals.department.deadline;

import java.time.Instant;
import java.time.LocalDate;

/** A date promised in an interim answer falls after the legal term (59-ФЗ) of the appeal, which it cannot extend. */
public class PromiseBeyondLegalTerm extends RuntimeException {

    private final LocalDate promisedBy;
    private final Instant legalTerm;
    private final LocalDate legalTermDate;

    PromiseBeyondLegalTerm(LocalDate promisedBy, Instant legalTerm, LocalDate legalTermDate) {
        super("promised " + promisedBy + ", after the legal term " + legalTermDate);
        this.promisedBy = promisedBy;
        this.legalTerm = legalTerm;
        this.legalTermDate = legalTermDate;
    }

    public LocalDate promisedBy() {
        return promisedBy;
    }

    /** When the final answer is due by law. */
    public Instant legalTerm() {
        return legalTerm;
    }

    /** The day of the legal term in the region's time zone: the latest date that may be promised. */
    public LocalDate legalTermDate() {
        return legalTermDate;
    }
}
