package org.appeals.intake.registration;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The numbers residents quote on the phone: {@code 34-2026-004217}, the region's code, the year of registration (in
 * the region's time) and the appeal's place in that year, six digits or more; never the same number twice, whichever
 * intake instance draws it.
 */
interface RegistrationNumbers {

    ZoneId REGION_TIME = ZoneId.of("Europe/Volgograd");

    /** The next number of the year {@code registeredAt} falls in. */
    String next(Instant registeredAt);

    static String format(String regionCode, int year, long sequence) {
        return String.format("%s-%d-%06d", regionCode, year, sequence);
    }
}
