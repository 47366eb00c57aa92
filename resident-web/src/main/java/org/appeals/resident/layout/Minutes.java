package org.appeals.resident.layout;

/** "1 минуту", "3 минуты", "15 минут": the accusative after «через». */
public final class Minutes {

    private Minutes() {
    }

    public static String of(long minutes) {
        long lastTwo = minutes % 100;
        long last = minutes % 10;
        String word;
        if (lastTwo >= 11 && lastTwo <= 14) {
            word = "минут";
        } else if (last == 1) {
            word = "минуту";
        } else if (last >= 2 && last <= 4) {
            word = "минуты";
        } else {
            word = "минут";
        }
        return minutes + " " + word;
    }
}
