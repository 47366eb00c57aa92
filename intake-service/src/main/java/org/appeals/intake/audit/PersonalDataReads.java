package org.appeals.intake.audit;

import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Actor;

/** Every read of a resident's personal data by staff, kept for the admins (who, when, which appeal). */
public interface PersonalDataReads {

    /** Records that {@code actor} read the appeal's personal data now. */
    void record(UUID appealId, Actor actor);

    /** The latest reads, newest first; only of {@code appealId} and by {@code actorId} where they are not null. */
    List<PersonalDataRead> latest(UUID appealId, String actorId, int limit);
}
