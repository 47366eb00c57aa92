package org.appeals.resident.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WEB channel's {@code POST /api/v1/appeals} body of a checked form (intake's {@code AppealRequest}): the reply
 * goes by e-mail when one was given, else by SMS; the author's id is that contact (the WEB channel has no account
 * ids); the place is "Municipality, address" with the map's point; photos are links to this service's
 * {@code /photos/{id}}.
 */
final class AppealBody {

    static final String CHANNEL = "WEB";

    private AppealBody() {
    }

    static Map<String, Object> of(AppealForm form, List<String> photoUrls) {
        String email = FormChecks.filled(form.email()) ? Contacts.email(form.email()).orElseThrow() : null;
        String phone = FormChecks.filled(form.phone()) ? Contacts.phone(form.phone()).orElseThrow() : null;
        String contact = email != null ? email : phone;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", CHANNEL);
        body.put("externalId", form.submissionId());
        body.put("text", form.text().strip());
        body.put("author", author(contact, form.name()));
        body.put("replyTo", email != null ? Map.of("email", email) : Map.of("phone", phone));
        body.put("location", location(form));
        body.put("attachments", photoUrls);
        if (FormChecks.filled(form.category())) {
            body.put("categoryHint", form.category());
        }
        return body;
    }

    private static Map<String, Object> author(String contact, String name) {
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("id", contact);
        if (FormChecks.filled(name)) {
            author.put("name", name.strip());
        }
        author.put("contact", contact);
        return author;
    }

    private static Map<String, Object> location(AppealForm form) {
        Map<String, Object> location = new LinkedHashMap<>();
        String municipality = Choices.municipalityName(form.municipality());
        location.put("address", FormChecks.filled(form.address())
                ? municipality + ", " + form.address().strip() : municipality);
        Double lat = FormChecks.coordinate(form.lat(), 90);
        Double lon = FormChecks.coordinate(form.lon(), 180);
        if (lat != null && lon != null) {
            location.put("lat", lat);
            location.put("lon", lon);
        }
        return location;
    }
}
