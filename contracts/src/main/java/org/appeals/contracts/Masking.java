package org.appeals.contracts;

/** Masks residents' personal data for logs and toString: keeps a hint of the shape, never the value. */
public final class Masking {

    private Masking() {
    }

    /** {@code "Иван Петров"} becomes {@code "И***(11)"}; null stays null. */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            return "";
        }
        return value.charAt(0) + "***(" + value.length() + ")";
    }
}
