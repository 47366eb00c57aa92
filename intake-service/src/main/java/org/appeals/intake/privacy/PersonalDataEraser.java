package org.appeals.intake.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.ErasureReason;
import org.appeals.contracts.PersonalDataErased;
import org.appeals.contracts.ResidentResponded;
import org.appeals.intake.appeal.AppealHistories;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.search.AppealListing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Erases the resident's personal data from one appeal: the author (id, name, contact) and the reply address go; the
 * texts stay for the statistics without the resident's name and contacts; status, category, municipality,
 * department and dates are untouched. The claim comes first and holds the event, the mark last, so an erasure cut
 * short is finished by the next attempt and announced once.
 */
@Component
class PersonalDataEraser {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataEraser.class);

    private final AppealHistories histories;
    private final ErasableAppeals appeals;
    private final AppealListing listing;
    private final PrivacyMetrics metrics;
    private final Clock clock;

    PersonalDataEraser(AppealHistories histories, ErasableAppeals appeals, AppealListing listing,
                       PrivacyMetrics metrics, Clock clock) {
        this.histories = histories;
        this.appeals = appeals;
        this.listing = listing;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** True if this call erased the appeal; false if it was erased before or intake does not hold it. */
    boolean erase(UUID appealId, ErasureReason reason, String note) {
        AppealHistory history = histories.find(appealId).orElse(null);
        if (history == null || history.received() == null || appeals.erased(appealId)) {
            return false;
        }
        PersonalDataErased event = new PersonalDataErased(PersonalDataErased.SCHEMA_VERSION, UUID.randomUUID(),
                appealId, clock.instant(), reason);
        PersonalDataErased claimed = appeals.claim(event, note);
        appeals.anonymise(anonymised(history, claimed));
        // the search's stems and excerpt are derived from the text, which has just lost the resident's name
        listing.refresh(appealId);
        boolean first = claimed.eventId().equals(event.eventId());
        if (first) {
            appeals.publish(claimed);
            metrics.anonymised(reason);
            log.info("personal data of appeal {} erased ({})", appealId, reason);
        }
        return first;
    }

    private static ErasableAppeals.Anonymised anonymised(AppealHistory history, PersonalDataErased erased) {
        AppealReceived received = history.received();
        Redaction redaction = Redaction.of(received.author());
        Map<UUID, String> answers = new LinkedHashMap<>();
        Map<UUID, String> responses = new LinkedHashMap<>();
        for (AppealEvent event : history.events()) {
            if (event instanceof AppealAnswered answered) {
                changed(answered.text(), redaction.answerText(answered.text()), answered.eventId(), answers);
            } else if (event instanceof ResidentResponded responded) {
                changed(responded.text(), redaction.residentsText(responded.text()), responded.responseId(),
                        responses);
            }
        }
        return new ErasableAppeals.Anonymised(history.appealId(), redaction.residentsText(received.text()), answers,
                responses, erased.occurredAt(), erased.reason());
    }

    private static void changed(String before, String after, UUID id, Map<UUID, String> changes) {
        if (!Objects.equals(before, after)) {
            changes.put(id, after);
        }
    }
}
