package org.appeals.routing.redirect;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How far routing tries again after departments decline an appeal.
 *
 * @param maxRedirects how many times an appeal is re-placed automatically; the next "not ours" sends it to triage
 */
@ConfigurationProperties("appeals.routing.redirect")
record RedirectProperties(Integer maxRedirects) {

    RedirectProperties {
        maxRedirects = maxRedirects == null ? 2 : maxRedirects;
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("appeals.routing.redirect.max-redirects must not be negative");
        }
    }
}
