package org.appeals.routing.triage;

import org.appeals.contracts.Municipality;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;

/**
 * Which triage items an operator may see and where it may place them: an МЦУ operator only those routing suggests
 * for its municipalities, and only into them; an item whose municipality routing could not tell is the regional
 * centre's (ЦУР) to place.
 */
final class TriageScope {

    private TriageScope() {
    }

    /** 403 without a word about the item unless the caller sees the municipality routing suggested for it. */
    static void requireSees(Caller caller, Municipality suggested) {
        if (!caller.seesMunicipality(code(suggested))) {
            throw ApiException.forbidden("This triage item is not in your centre's municipalities.");
        }
    }

    /** 403 unless the caller may place appeals into this municipality. */
    static void requirePlacesIn(Caller caller, Municipality target) {
        if (!caller.seesMunicipality(code(target))) {
            throw ApiException.forbidden("You may place appeals only into your centre's municipalities.");
        }
    }

    /** UNKNOWN is routing's "could not tell": for scopes, a municipality not known yet. */
    private static String code(Municipality municipality) {
        return municipality == null || municipality == Municipality.UNKNOWN ? null : municipality.name();
    }
}
