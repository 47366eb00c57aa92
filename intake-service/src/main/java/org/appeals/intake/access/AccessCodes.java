package org.appeals.intake.access;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The access code of an appeal: 8 characters of Crockford's base32 (digits and letters without I, L, O and U, so none
 * is mistaken for another when read out on the phone) taken from HMAC-SHA256 of the appeal's id under a key only intake
 * knows. Derived, so every appeal has one, those registered before codes existed too, and the same appeal always the
 * same; a code given is checked against the derivation, never against a stored copy (the copy in AppealReceived, kept
 * with the appeal and on its topic, is there for the registration notice). 40 bits leave nothing to guess, with wrong
 * codes throttled on top.
 */
public final class AccessCodes {

    static final int LENGTH = 8;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public AccessCodes(String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The appeal's code, e.g. {@code K7M2QX9D}. */
    public String of(UUID appealId) {
        byte[] mac = mac(appealId);
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (mac[i] & 0xFF);
        }
        char[] code = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            code[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(code);
    }

    /**
     * Whether {@code given} is the appeal's code, as a person may type it: any case, with spaces or dashes, O for 0
     * and I or L for 1 (Crockford's reading). Compared in constant time.
     */
    public boolean matches(UUID appealId, String given) {
        if (given == null) {
            return false;
        }
        byte[] expected = of(appealId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, normalize(given).getBytes(StandardCharsets.US_ASCII));
    }

    static String normalize(String given) {
        return given.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    private byte[] mac(UUID appealId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(appealId.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
