package org.appeals.gateway.identity;

import org.springframework.core.env.Environment;

/**
 * Reads settings the gateway cannot run without, as service-support's {@code Secrets} does for the services: no
 * production defaults, a missing value stops the start naming the variable, and a demo value ({@code demo-…}) is
 * accepted only when demo mode was asked for explicitly ({@code APPEALS_DEMO=true}).
 */
public final class Settings {

    /** The switch for demo keys and secrets. */
    public static final String DEMO_PROPERTY = "appeals.demo";
    static final String DEMO_PREFIX = "demo-";

    private Settings() {
    }

    /** The secret in {@code property} (set from {@code variable}), checked as above. */
    public static String requireSecret(Environment environment, String property, String variable) {
        String value = require(environment, property, variable);
        if (value.startsWith(DEMO_PREFIX) && !demo(environment)) {
            throw new MissingSettingException(variable, variable + " holds a demo value; demo secrets are accepted "
                    + "only with APPEALS_DEMO=true. Set a real secret.");
        }
        return value;
    }

    /** The value of {@code property} (set from {@code variable}); missing or blank stops the start. */
    public static String require(Environment environment, String property, String variable) {
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new MissingSettingException(variable, variable + " is not set: the gateway has no default for it. "
                    + "Set it in the environment (see gateway/README.md).");
        }
        return value;
    }

    /** Whether demo keys and secrets were asked for. */
    public static boolean demo(Environment environment) {
        return environment.getProperty(DEMO_PROPERTY, Boolean.class, false);
    }
}
