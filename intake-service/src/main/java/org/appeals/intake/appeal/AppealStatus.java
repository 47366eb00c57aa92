package org.appeals.intake.appeal;

/** Where an appeal stands, derived from its timeline (see {@link StatusDerivation}). */
public enum AppealStatus {
    /** Registered; routing has not placed it yet. */
    RECEIVED,
    /** Routing could not place it; an operator of the centre will. */
    TRIAGE,
    /** A department has it. */
    ASSIGNED,
    /** The department gave an interim answer; a final one follows. */
    IN_PROGRESS,
    /** The department answered on the merits; the reply is on its way to the resident. */
    ANSWERED,
    /** The department declined it as not its competence; routing places it again. */
    REDIRECTED,
    /** The final answer reached the resident's channel. */
    NOTIFIED,
    /** The final answer could not be delivered; operators must step in. */
    DELIVERY_FAILED
}
