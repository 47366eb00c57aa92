package org.appeals.intake.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.intake.registration.AppealRequest;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * Turns the form of {@code POST requests} into the body of an appeal of the WEB channel. Only what Open311 adds is
 * checked here (a known service, a place, somewhere to send the answer); the appeal itself is checked by the
 * registration, like any other. The service the client chose is the appeal's category hint (the catalogue's service
 * codes are the taxonomy's category codes), which routing weighs and never obeys. {@code address_id},
 * {@code device_id}, {@code jurisdiction_id} and {@code attribute[…]} are accepted and not used: we keep no address
 * register and our services have no attributes.
 */
final class ServiceRequestForm {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ServiceRequestForm() {
    }

    static AppealRequest read(MultiValueMap<String, String> form) {
        List<String> errors = new ArrayList<>();
        Category service = service(value(form, "service_code"), errors);
        Double lat = number(form, "lat", errors);
        Double lon = number(form, "long", errors);
        String address = value(form, "address_string");
        if ((lat == null || lon == null) && address == null) {
            errors.add("lat and long, or address_string, are required: where the problem is");
        }
        String email = value(form, "email");
        String phone = value(form, "phone");
        if (email == null && phone == null) {
            errors.add("email or phone is required: the answer is sent there");
        } else if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add("email is not an e-mail address");
        }
        if (!errors.isEmpty()) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, errors);
        }
        String mediaUrl = value(form, "media_url");
        String externalId = Open311Ids.externalId(service, RequestDigest.of(form));
        return new AppealRequest(Channel.WEB.name(), externalId, value(form, "description"),
                author(form, email, phone), replyTo(email, phone), new AppealRequest.LocationBody(address, lat, lon),
                mediaUrl == null ? null : List.of(mediaUrl), null, null, null, service.name());
    }

    private static Category service(String code, List<String> errors) {
        if (code == null) {
            errors.add("service_code is required: one of " + ServiceCatalog.codes());
            return null;
        }
        try {
            return Category.valueOf(code);
        } catch (IllegalArgumentException e) {
            errors.add("service_code is not a service of this endpoint: one of " + ServiceCatalog.codes());
            return null;
        }
    }

    private static Double number(MultiValueMap<String, String> form, String name, List<String> errors) {
        String value = value(form, name);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(name + " must be a decimal number (WGS84)");
            return null;
        }
    }

    /** The resident as we can tell them apart without keeping their contact in the id: account_id, else a digest. */
    private static AppealRequest.AuthorBody author(MultiValueMap<String, String> form, String email, String phone) {
        String contact = email != null ? email : phone;
        String accountId = value(form, "account_id");
        String name = String.join(" ", nonNull(value(form, "first_name")), nonNull(value(form, "last_name"))).trim();
        return new AppealRequest.AuthorBody(accountId != null ? accountId : "open311:" + digest(contact),
                name.isEmpty() ? null : name, contact);
    }

    /** The WEB channel answers by e-mail, or by SMS when only a phone is given. */
    private static Map<String, String> replyTo(String email, String phone) {
        Map<String, String> replyTo = new LinkedHashMap<>();
        if (email != null) {
            replyTo.put("email", email);
        }
        if (phone != null) {
            replyTo.put("phone", phone);
        }
        return replyTo;
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String digest(String contact) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(contact.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
