package org.appeals.intake.open311;

import java.util.EnumSet;
import java.util.Set;
import org.appeals.intake.appeal.AppealStatus;

/**
 * The spec's two statuses. Closed means the city has done with the request: from {@code ANSWERED} on the final
 * answer is approved (it is on its way, delivered, or undeliverable, which operators fix without the department), and
 * {@code CLOSED} ends the appeal. A redirect or a reopening puts it back to open.
 */
enum Open311Status {
    OPEN, CLOSED;

    private static final Set<AppealStatus> DONE = EnumSet.of(AppealStatus.ANSWERED, AppealStatus.NOTIFIED,
            AppealStatus.DELIVERY_FAILED, AppealStatus.CLOSED);

    static Open311Status of(AppealStatus status) {
        return DONE.contains(status) ? CLOSED : OPEN;
    }

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
