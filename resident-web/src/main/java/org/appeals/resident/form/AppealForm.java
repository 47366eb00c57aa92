package org.appeals.resident.form;

import java.util.List;
import java.util.UUID;

/**
 * The form as the browser sent it, every field a string so that a bad value is reported beside its field rather than
 * as a binding failure. {@code submissionId} is the idempotency token of one filled form (the appeal's externalId);
 * {@code website} is the honeypot people never see; {@code storedPhotos} are photos already kept from an earlier try
 * of this same form.
 */
public record AppealForm(String submissionId, String text, String category, String municipality, String address,
                         String lat, String lon, String email, String phone, String name, String consent,
                         String website, List<String> storedPhotos) {

    public AppealForm {
        storedPhotos = storedPhotos == null ? List.of() : List.copyOf(storedPhotos);
    }

    /** An empty form with a fresh token. */
    public static AppealForm blank() {
        return new AppealForm(UUID.randomUUID().toString(), "", "", "", "", "", "", "", "", "", null, "", List.of());
    }

    public boolean consented() {
        return consent != null && !consent.isBlank();
    }

    /** A bot filled the field people cannot see. */
    public boolean isBot() {
        return website != null && !website.isEmpty();
    }

    AppealForm withStoredPhotos(List<String> ids) {
        return new AppealForm(submissionId, text, category, municipality, address, lat, lon, email, phone, name,
                consent, website, ids);
    }
}
