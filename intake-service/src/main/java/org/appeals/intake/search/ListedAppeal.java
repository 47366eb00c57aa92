package org.appeals.intake.search;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;
import org.appeals.intake.appeal.AppealStatus;

/**
 * What the search knows of an appeal, derived from its history (see {@link Listings}).
 *
 * @param stems the distinct stems of the resident's text, stop words left out: what {@code q} matches
 * @param excerpt the beginning of the text without the author's name or contacts
 * @param dueAt the nearest deadline still running in this status; null when none runs or none is known
 * @param overdue open, and a deadline of the current round passed unmet (the department flagged it)
 * @param basis how many events the listing was derived from: a listing never replaces one made from more
 * @param registrationNumber the number residents quote ({@code 34-2026-004217}); null for appeals from before it
 */
record ListedAppeal(UUID appealId, Instant receivedAt, AppealStatus status, Channel channel, Category category,
                    Municipality municipality, String departmentId, String departmentName, Set<String> stems,
                    String excerpt, Instant dueAt, boolean overdue, int basis, String registrationNumber) {

    /** The id's first 8 characters: what notices showed before registration numbers, and what id search starts with. */
    static final int NUMBER_LENGTH = 8;

    String number() {
        return appealId.toString().substring(0, NUMBER_LENGTH);
    }

    /** What residents quote: the registration number, or for an appeal from before them the id's beginning. */
    String residentsNumber() {
        return registrationNumber != null ? registrationNumber : number();
    }
}
