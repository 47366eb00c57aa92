package org.appeals.department.retry;

/**
 * Another writer changed what this step read, so its conditional write matched nothing: the step is to be read,
 * decided and written again. Thrown for every lost round, so it carries no stack trace; what is thrown when
 * {@link RaceRetry} gives up is the last of them.
 */
public class LostRace extends RuntimeException {

    public LostRace(String what) {
        super(what + " kept changing; giving up for now", null, false, false);
    }
}
