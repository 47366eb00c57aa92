package org.appeals.routing.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingReason;
import org.appeals.routing.assignment.RoutedAppeal;

/**
 * An appeal waiting for an operator, with routing's guesses, why it could not place it, who declined it and the
 * category the resident chose ({@code categoryHint}, a taxonomy code or null; the reason's explanation says how it was
 * weighed).
 */
record TriageItem(UUID appealId, Channel channel, Instant receivedAt, String text, Category suggestedCategory,
                  Municipality suggestedMunicipality, RoutingReason reason, List<String> declinedBy,
                  Category categoryHint) {

    static TriageItem of(RoutedAppeal appeal) {
        var decision = appeal.decision();
        return new TriageItem(appeal.appealId(), appeal.channel(), appeal.receivedAt(), appeal.text(),
                decision.category(), decision.municipality(), decision.reason(),
                appeal.declines().departments(), appeal.categoryHint());
    }
}
