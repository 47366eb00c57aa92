package org.appeals.gateway.access;

import java.util.Locale;

/** The backend a path belongs to, as the gateway's route table in application.yml sends it; a metrics tag. */
public enum Route {
    INTAKE, NOTIFICATION, DEPARTMENT, ROUTING,
    /** The web console's pages ({@code /console/**}), which log people in themselves. */
    CONSOLE,
    /** The residents' pages: the web form, the status and feedback pages, photos and their files. */
    RESIDENT_WEB,
    /** The gateway's own endpoints: health and prometheus (open), the key API (admins), who the caller is. */
    GATEWAY,
    /** No route: invalid or unknown paths. */
    NONE;

    /** Lower-case name for metrics tags. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
