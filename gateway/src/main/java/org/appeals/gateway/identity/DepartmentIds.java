package org.appeals.gateway.identity;

import java.util.regex.Pattern;

/** The shape of department ids ({@code mikhailovka-roads}, {@code region-waste}): lower case, digits, dashes. */
public final class DepartmentIds {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9-]{1,64}");

    private DepartmentIds() {
    }

    /** True for a well-formed department id. */
    public static boolean isWellFormed(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }
}
