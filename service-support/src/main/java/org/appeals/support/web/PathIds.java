package org.appeals.support.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Ids in request paths, read the same way in every service: the canonical UUID form only ({@code UUID.fromString}
 * also takes short forms such as "1-2-3-4-5", which name nothing of ours). A path id that is no UUID names nothing,
 * so it gets exactly the answer an unknown id gets there — the same 404, the same words — and a caller learns nothing
 * from the difference.
 */
public final class PathIds {

    private PathIds() {
    }

    /** The id, or {@code unknown}'s exception, the one the caller throws for an id that names nothing. */
    public static UUID parse(String raw, Supplier<ApiException> unknown) {
        return canonical(raw).orElseThrow(unknown);
    }

    /** The UUID if {@code raw} is one in canonical form (either case), empty otherwise. */
    public static Optional<UUID> canonical(String raw) {
        if (raw == null || raw.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID parsed = UUID.fromString(raw);
            return parsed.toString().equals(raw.toLowerCase(Locale.ROOT)) ? Optional.of(parsed) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
