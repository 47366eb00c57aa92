package org.appeals.intake.audit;

import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Actor;

/**
 * Every read of a resident's personal data by staff, and every export or erasure of it by admins, kept for the admins
 * (who, when, which appeal, what).
 */
public interface PersonalDataReads {

    /** Records that {@code actor} read the appeal's personal data now. */
    default void record(UUID appealId, Actor actor) {
        record(appealId, actor, PersonalDataAction.READ);
    }

    /** Records that {@code actor} did {@code action} with the appeal's personal data now. */
    void record(UUID appealId, Actor actor, PersonalDataAction action);

    /** The latest reads, newest first; only of {@code appealId} and by {@code actorId} where they are not null. */
    List<PersonalDataRead> latest(UUID appealId, String actorId, int limit);
}
