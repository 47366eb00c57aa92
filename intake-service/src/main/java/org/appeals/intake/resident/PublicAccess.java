package org.appeals.intake.resident;

import org.appeals.intake.access.AccessCodes;
import org.appeals.intake.appeal.AppealHistories;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealIds;
import org.appeals.support.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * Opens an appeal by its registration number and access code. An unknown number, a wrong code and a missing one get
 * the very same 404, and each counts against the number ({@link WrongCodes}), so nobody learns which numbers exist.
 */
@Component
class PublicAccess {

    static final String NOT_FOUND = "No appeal with this number and access code.";

    private final AppealIds ids;
    private final AppealHistories histories;
    private final AccessCodes codes;
    private final WrongCodes wrongCodes;

    PublicAccess(AppealIds ids, AppealHistories histories, AccessCodes codes, WrongCodes wrongCodes) {
        this.ids = ids;
        this.histories = histories;
        this.codes = codes;
        this.wrongCodes = wrongCodes;
    }

    /** The registered appeal with this number, if {@code code} is its access code. */
    AppealHistory open(String number, String code) {
        String quoted = number == null ? "" : number.strip();
        if (!AppealIds.isNumber(quoted)) {
            throw notFound(); // names nothing, so there is nothing to guess at either
        }
        wrongCodes.requireOpen(quoted);
        var history = ids.numbered(quoted)
                .filter(appealId -> codes.matches(appealId, code))
                .flatMap(histories::find)
                .filter(found -> found.received() != null);
        if (history.isEmpty()) {
            wrongCodes.failed(quoted);
            throw notFound();
        }
        return history.get();
    }

    private static ApiException notFound() {
        return ApiException.notFound(NOT_FOUND);
    }
}
