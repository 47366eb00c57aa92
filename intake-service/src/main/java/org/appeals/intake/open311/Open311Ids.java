package org.appeals.intake.open311;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.appeals.contracts.Category;

/**
 * The external id an Open311 request gets on the WEB channel: {@code open311-<service_code>-<digest>}. It marks the
 * appeal as posted through Open311 (only those are served back) and keeps the service the client chose, in the one
 * write that registers the appeal. The digest is the request's content ({@link RequestDigest}), so a client's retry
 * of the same post meets the unique channel and external id and is answered with the appeal it made the first time.
 */
final class Open311Ids {

    private static final String PREFIX = "open311-";

    private Open311Ids() {
    }

    static String externalId(Category service, String digest) {
        return PREFIX + service.name() + "-" + digest;
    }

    /** The service of an Open311 request; empty for any other external id. */
    static Optional<Category> serviceOf(String externalId) {
        if (externalId == null || !externalId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = externalId.substring(PREFIX.length());
        int end = rest.indexOf('-');
        String code = end < 0 ? rest : rest.substring(0, end);
        return Arrays.stream(Category.values()).filter(category -> category.name().equals(code)).findFirst();
    }

    /** A regular expression for the external ids of requests for these services (codes are plain upper-case words). */
    static String patternFor(Collection<Category> services) {
        return "^" + PREFIX + "(" + services.stream().map(Category::name).collect(Collectors.joining("|")) + ")-";
    }
}
