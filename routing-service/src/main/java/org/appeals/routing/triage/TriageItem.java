package org.appeals.routing.triage;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingReason;
import org.appeals.routing.assignment.RoutedAppeal;

/** An appeal waiting for an operator, with routing's guesses and why it could not place it. */
record TriageItem(UUID appealId, Channel channel, Instant receivedAt, String text, Category suggestedCategory,
                  Municipality suggestedMunicipality, RoutingReason reason) {

    static TriageItem of(RoutedAppeal appeal) {
        var decision = appeal.decision();
        return new TriageItem(appeal.appealId(), appeal.channel(), appeal.receivedAt(), appeal.text(),
                decision.category(), decision.municipality(), decision.reason());
    }
}
