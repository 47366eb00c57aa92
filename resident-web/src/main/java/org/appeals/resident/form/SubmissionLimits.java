package org.appeals.resident.form;

import java.time.Duration;
import java.util.Optional;

/** How many appeals one client address may send: shared by every instance, so a bot gains nothing from a second one. */
interface SubmissionLimits {

    /**
     * Counts this submission against {@code address}, unless it was counted before (a resubmitted form is the same
     * appeal). Empty when admitted; else how long until the address may send again.
     */
    Optional<Duration> admit(String address, String submissionId);
}
