package org.appeals.bench;

/**
 * The figures of a fault-injection run, counted per appeal (external id).
 *
 * @param sent appeals the adapter posted (each until a 202, with retries)
 * @param accepted appeals answered 202 at least once
 * @param inInbox accepted appeals that reached a department's inbox
 * @param inTriageOnly accepted appeals that went to triage and no inbox
 * @param lost accepted appeals never placed, or placed but unknown to intake (404) at the end
 * @param unknownToIntake accepted appeals intake answered 404 for at the end (part of {@code lost})
 * @param twoAppealIds external ids that got more than one appeal id
 * @param placedTwice accepted appeals one of whose appeal ids was placed more than once (distinct events)
 */
record ChaosTally(long sent, long accepted, long inInbox, long inTriageOnly, long lost, long unknownToIntake,
                  long twoAppealIds, long placedTwice) {

    long placed() {
        return inInbox + inTriageOnly;
    }

    long duplicated() {
        return twoAppealIds + placedTwice;
    }
}
