package org.appeals.e2e;

/** Stopping what a test started: every part in the order given, one that never started (null) or fails skipped. */
final class Parts {

    private Parts() {
    }

    static void closeAll(AutoCloseable... parts) {
        for (AutoCloseable part : parts) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                // the next part still stops
            }
        }
    }
}
