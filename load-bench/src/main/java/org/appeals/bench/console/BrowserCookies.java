package org.appeals.bench.console;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cookie jar that treats {@code http://localhost} as browsers do, a secure context: Keycloak marks its login
 * cookies {@code Secure} even over plain HTTP, and Java's {@link CookieManager} would never send them back there,
 * so the login form would come back as "cookie not found".
 */
final class BrowserCookies extends CookieHandler {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return cookies.get(asSecure(uri), requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        cookies.put(uri, responseHeaders);
    }

    /** The same address with scheme https when it is a loopback one over http. */
    static URI asSecure(URI uri) {
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null
                || !LOOPBACK.contains(uri.getHost().toLowerCase(java.util.Locale.ROOT))) {
            return uri;
        }
        return URI.create("https" + uri.toString().substring("http".length()));
    }
}
