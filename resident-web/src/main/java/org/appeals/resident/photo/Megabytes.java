package org.appeals.resident.photo;

import java.util.Locale;

/** A size in the words of the form's messages: "5 МБ", "20,3 МБ". */
public final class Megabytes {

    private static final double MEGABYTE = 1024 * 1024;

    private Megabytes() {
    }

    public static String of(long bytes) {
        double megabytes = bytes / MEGABYTE;
        if (megabytes == Math.rint(megabytes)) {
            return (long) megabytes + " МБ";
        }
        return String.format(Locale.forLanguageTag("ru"), "%.1f МБ", megabytes);
    }
}
