package org.appeals.intake.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.util.MultiValueMap;

/**
 * What makes two posts of {@code POST requests} the same request. GeoReport v2 gives a client no idempotency token
 * ({@code device_id} names a device, not a request), and a client that timed out posts the same form again, so the
 * request's id is derived from what was posted: a digest of the api_key and every field we keep, normalized so that
 * the same form written slightly differently (spacing, Unicode composition, the e-mail's letter case, a phone's
 * punctuation, 50.060 for 50.06) is still the same request. Residents never share one: their contacts differ.
 * {@code attribute[…]} is left out: we use none.
 */
final class RequestDigest {

    private static final List<String> FIELDS = List.of("jurisdiction_id", "service_code", "lat", "long",
            "address_string", "address_id", "email", "phone", "device_id", "account_id", "first_name", "last_name",
            "description", "media_url");

    private RequestDigest() {
    }

    /** 32 hex digits (128 bits of SHA-256): unique enough for every request a client will ever post. */
    static String of(MultiValueMap<String, String> form) {
        MessageDigest sha = sha256();
        update(sha, "api_key", normalized("api_key", form.getFirst("api_key")));
        FIELDS.forEach(name -> update(sha, name, normalized(name, form.getFirst(name))));
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    static String normalized(String name, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        return switch (name) {
            case "email" -> text.toLowerCase(Locale.ROOT);
            case "phone" -> text.replaceAll("[^0-9+]", "");
            case "lat", "long" -> decimal(text);
            default -> text;
        };
    }

    private static String decimal(String text) {
        try {
            return Double.valueOf(text).toString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** Length-prefixed, so no value can pass for the end of one field and the start of the next. */
    private static void update(MessageDigest sha, String name, String value) {
        sha.update((name + "=" + value.length() + ":" + value + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
