package org.appeals.department.web;

import java.util.Set;
import org.appeals.contracts.Municipality;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;

/**
 * What an operator of a municipal centre (МЦУ) may see here: appeals, reviews, incidents and overdue entries of its
 * municipalities only: a 403 on one item, lists filtered in the query. An appeal whose municipality is not known is
 * the regional centre's. Region-wide staff see everything; department staff are limited by department instead.
 */
public final class MunicipalScope {

    private MunicipalScope() {
    }

    /** The municipality codes a list must keep to, or null when the caller's lists are not limited by municipality. */
    public static Set<String> of(Caller caller) {
        return caller.role() == Role.OPERATOR && !caller.seesWholeRegion() ? caller.municipalities() : null;
    }

    /** 403, saying nothing about the item, when an МЦУ operator asks for one outside its municipalities. */
    public static void requireSees(Caller caller, Municipality municipality) {
        if (of(caller) != null && !caller.seesMunicipality(code(municipality))) {
            throw ApiException.forbidden("This is not in your centre's municipalities.");
        }
    }

    /** UNKNOWN is routing's "could not tell": for scopes, a municipality not known yet. */
    private static String code(Municipality municipality) {
        return municipality == null || municipality == Municipality.UNKNOWN ? null : municipality.name();
    }
}
