package org.appeals.support.identity;

import org.springframework.core.env.Environment;

/**
 * Reads a secret a service cannot run without. There are no production defaults: a missing secret stops the start
 * with a message naming the variable, and a demo value ({@code demo-…}) is accepted only when the local run or
 * compose's demo setting asks for demo secrets explicitly ({@code APPEALS_DEMO=true}).
 */
public final class Secrets {

    /** The switch for demo keys, people and secrets. */
    public static final String DEMO_PROPERTY = "appeals.demo";
    static final String DEMO_PREFIX = "demo-";

    private Secrets() {
    }

    /** The value of {@code property} (set from {@code variable}), checked as above. */
    public static String require(Environment environment, String property, String variable) {
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new MissingSecretException(variable, variable + " is not set: the service has no default for this "
                    + "secret. Set it in the environment (see the README, \"Identity\").");
        }
        if (value.startsWith(DEMO_PREFIX) && !demo(environment)) {
            throw new MissingSecretException(variable, variable + " holds a demo value; demo secrets are accepted "
                    + "only with APPEALS_DEMO=true. Set a real secret.");
        }
        return value;
    }

    /**
     * The value of {@code property} (set from {@code variable}) that is not a secret but has no default either (an
     * address, say): missing or blank stops the start, naming the variable.
     */
    public static String requireSetting(Environment environment, String property, String variable) {
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new MissingSecretException(variable, variable + " is not set: there is no default for it. "
                    + "Set it in the environment (see the README).");
        }
        return value;
    }

    /** Whether demo keys, people and secrets were asked for. */
    public static boolean demo(Environment environment) {
        return environment.getProperty(DEMO_PROPERTY, Boolean.class, false);
    }
}
