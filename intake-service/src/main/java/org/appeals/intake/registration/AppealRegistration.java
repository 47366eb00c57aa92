package org.appeals.intake.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.AppealSubmission;
import org.appeals.intake.access.AccessCodes;
import org.appeals.intake.appeal.AppealHistories;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;
import org.appeals.intake.appeal.Appeals;
import org.appeals.intake.search.AppealListing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Registers an appeal once per channel and external id, under the next registration number of the year
 * ({@link RegistrationNumbers}) and with its access code ({@link AccessCodes}). The appeal is stored with its event in
 * one write, then the event is published; one the broker did not take waits in the appeal's outbox for the relay, so
 * the appeal is accepted all the same. Then the appeal is listed for the staff console's search.
 */
@Service
class AppealRegistration {

    private static final Logger log = LoggerFactory.getLogger(AppealRegistration.class);

    private final Appeals appeals;
    private final AppealHistories histories;
    private final AppealListing listing;
    private final RegistrationMetrics metrics;
    private final RegistrationNumbers numbers;
    private final AccessCodes codes;
    private final Clock clock;

    AppealRegistration(Appeals appeals, AppealHistories histories, AppealListing listing,
                       RegistrationMetrics metrics, RegistrationNumbers numbers, AccessCodes codes, Clock clock) {
        this.appeals = appeals;
        this.numbers = numbers;
        this.codes = codes;
        this.histories = histories;
        this.listing = listing;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** {@code appeal} as {@link AppealRequestValidator} checked it; its {@code inReplyTo} and feedback are unset. */
    Registered register(AppealSubmission appeal) {
        Optional<UUID> earlier = appeals.holderOf(appeal.channel(), appeal.externalId());
        if (earlier.isPresent()) {
            return duplicate(appeal, earlier.get());
        }
        Instant now = clock.instant();
        // numbered only when new, so a channel's re-send costs no number; a re-send racing this one may cost one
        UUID appealId = UUID.randomUUID();
        AppealReceived event = received(appeal, appealId, UUID.randomUUID(), now)
                .numbered(numbers.next(now), codes.of(appealId));
        Appeals.Stored stored = appeals.store(event);
        if (!stored.created()) {
            return duplicate(appeal, stored.appealId());
        }
        metrics.received(appeal.channel());
        appeals.publish(event); // false is fine: the event waits in the appeal's outbox for the relay
        list(event.appealId());
        return new Registered(event.appealId(), event.registrationNumber(), event.accessCode(), AppealStatus.RECEIVED);
    }

    private Registered duplicate(AppealSubmission appeal, UUID appealId) {
        metrics.duplicate(appeal.channel());
        list(appealId); // mends a listing an earlier attempt left undone
        String number = appeals.find(appealId).map(AppealReceived::registrationNumber).orElse(null);
        // derived, so an appeal from before codes existed gets one too
        return new Registered(appealId, number, codes.of(appealId), statusOf(appealId));
    }

    /**
     * The event a checked submission is registered as: the submission's fields as they came (the resident's category
     * hint too), and the channel's {@code receivedAt}, or {@code now} when the channel did not say.
     */
    static AppealReceived received(AppealSubmission appeal, UUID appealId, UUID eventId, Instant now) {
        return new AppealReceived(AppealReceived.SCHEMA_VERSION, eventId, appealId, now, appeal.channel(),
                appeal.externalId(), appeal.text(), appeal.author(), appeal.replyTo(), appeal.location(),
                appeal.attachments(), appeal.receivedAt() == null ? now : appeal.receivedAt())
                .hinted(appeal.categoryHint());
    }

    /** The appeal is registered whatever happens here: one left unlisted is listed by the search's backfill. */
    private void list(UUID appealId) {
        try {
            listing.refresh(appealId);
        } catch (RuntimeException e) {
            log.warn("appeal {} registered but not listed yet: {}", appealId, e.getMessage());
        }
    }

    private AppealStatus statusOf(UUID appealId) {
        return histories.find(appealId).map(AppealHistory::status).orElse(AppealStatus.RECEIVED);
    }
}
