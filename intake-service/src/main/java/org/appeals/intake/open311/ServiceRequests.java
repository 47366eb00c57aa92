package org.appeals.intake.open311;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.intake.appeal.AppealHistories;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealIds;
import org.appeals.intake.appeal.Appeals;
import org.springframework.stereotype.Component;

/**
 * Open311 requests read back: appeals posted through Open311 only. Appeals from the other channels were never
 * published by their authors, so the public Open311 API does not show them.
 */
@Component
class ServiceRequests {

    private final Appeals appeals;
    private final AppealIds ids;
    private final AppealHistories histories;
    private final Open311Properties properties;
    private final Clock clock;

    ServiceRequests(Appeals appeals, AppealIds ids, AppealHistories histories, Open311Properties properties,
                    Clock clock) {
        this.appeals = appeals;
        this.ids = ids;
        this.histories = histories;
        this.properties = properties;
        this.clock = clock;
    }

    /** By the id Open311 answered the post with, or by the registration number the resident was told. */
    Optional<AppealHistory> find(String id) {
        return ids.resolve(id).flatMap(histories::find).filter(ServiceRequests::postedThroughOpen311);
    }

    /**
     * Newest first, at most {@code maxRequests} registered in the window (the status filter applies to those).
     */
    List<AppealHistory> search(RequestQuery query) {
        if (!query.ids().isEmpty()) {
            return query.ids().stream().map(UUID::toString).map(this::find).flatMap(Optional::stream).toList();
        }
        Instant end = query.end() != null ? query.end() : clock.instant();
        Instant start = query.start() != null ? query.start() : end.minus(properties.defaultWindow());
        var services = query.services().isEmpty() ? EnumSet.allOf(Category.class) : query.services();
        List<AppealReceived> found = appeals.registered(Channel.WEB, Open311Ids.patternFor(services), start,
                end.plusMillis(1), properties.maxRequests());
        return found.stream()
                .map(received -> histories.find(received.appealId()))
                .flatMap(Optional::stream)
                .filter(history -> query.statuses().isEmpty()
                        || query.statuses().contains(Open311Status.of(history.status())))
                .toList();
    }

    private static boolean postedThroughOpen311(AppealHistory history) {
        return history.received() != null && history.received().channel() == Channel.WEB
                && Open311Ids.serviceOf(history.received().externalId()).isPresent();
    }
}
