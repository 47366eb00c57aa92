package org.appeals.bench.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keycloak's login form ({@code kc-form-login}) as a browser submits it: its action, every named input with its
 * value (hidden ones included) and the person's username and password typed in.
 */
record LoginForm(URI action, Map<String, String> fields) {

    static final String FORM_ID = "kc-form-login";

    /** The login form of a page fetched from {@code pageUri}; empty when the page has none. */
    static Optional<LoginForm> parse(String html, URI pageUri) {
        Document page = Jsoup.parse(html, pageUri.toString());
        Element form = page.getElementById(FORM_ID);
        if (form == null) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        return Optional.of(new LoginForm(URI.create(form.absUrl("action")), fields));
    }

    /** What the page says went wrong (Keycloak's error beside the fields), if anything. */
    static Optional<String> error(String html) {
        Element error = Jsoup.parse(html).selectFirst("#input-error-username, #input-error, .kc-feedback-text");
        return Optional.ofNullable(error).map(Element::text).filter(text -> !text.isBlank());
    }

    /** The form with the person's credentials filled in. */
    LoginForm filledIn(String username, String password) {
        Map<String, String> filled = new LinkedHashMap<>(fields);
        filled.put("username", username);
        filled.put("password", password);
        return new LoginForm(action, filled);
    }

    /** {@code application/x-www-form-urlencoded}, in the form's order. */
    String encoded() {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
