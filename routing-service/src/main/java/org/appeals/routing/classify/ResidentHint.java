package org.appeals.routing.classify;

import java.util.Locale;
import org.appeals.contracts.Category;

/**
 * The category the resident chose, as {@code AppealReceived.categoryHint} carries it: a taxonomy code, nothing, or
 * something that is not a code (an older form, a foreign producer), which is ignored rather than refused.
 *
 * @param category the chosen category, null when none was chosen or the code is unknown
 * @param unknown whether a code was given that the taxonomy does not know
 */
record ResidentHint(Category category, boolean unknown) {

    static final ResidentHint NONE = new ResidentHint(null, false);

    static ResidentHint read(String code) {
        if (code == null || code.isBlank()) {
            return NONE;
        }
        try {
            return new ResidentHint(Category.valueOf(code.strip().toUpperCase(Locale.ROOT)), false);
        } catch (IllegalArgumentException notACode) {
            return new ResidentHint(null, true);
        }
    }

    /** What the hint did when there was nothing to weigh. */
    HintEffect unweighed() {
        return unknown ? HintEffect.UNKNOWN : HintEffect.NONE;
    }
}
