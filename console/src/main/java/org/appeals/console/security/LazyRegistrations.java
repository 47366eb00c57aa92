package org.appeals.console.security;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;

/**
 * The one client registration, read from the provider's discovery document at the first login rather than at start:
 * the console starts while the identity provider is still starting (or down), and a failed lookup is tried again at
 * the next login instead of being remembered.
 */
public final class LazyRegistrations implements ClientRegistrationRepository {

    /** The one registration: the platform's identity provider (also the login path's last segment). */
    public static final String REGISTRATION_ID = "platform";

    private final String issuerUri;
    private final String providerUrl;
    private final String clientId;
    private final AtomicReference<ClientRegistration> resolved = new AtomicReference<>();

    /**
     * {@code providerUrl}: where the console itself reaches the provider when that is not the issuer's address (in
     * compose the browser goes to localhost:8180, the console to keycloak:8080); null: the issuer's address.
     */
    LazyRegistrations(String issuerUri, String providerUrl, String clientId) {
        this.issuerUri = issuerUri;
        this.providerUrl = providerUrl == null || providerUrl.isBlank() ? null : providerUrl.replaceAll("/+$", "");
        this.clientId = clientId;
    }

    /**
     * The provider's discovery document: from the issuer (which it must name), or read over the back channel, where
     * a provider such as Keycloak with a dynamic back-channel host names its token and key endpoints at that address
     * and its login page and issuer at the browser's.
     */
    private ClientRegistration.Builder discovered() {
        if (providerUrl == null) {
            return ClientRegistrations.fromIssuerLocation(issuerUri);
        }
        Map<String, Object> document = RestClient.create().get()
                .uri(providerUrl + "/.well-known/openid-configuration").retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        if (document == null || !issuerUri.equals(document.get("issuer"))) {
            throw new IllegalStateException("The provider at OIDC_PROVIDER_URL does not name OIDC_ISSUER_URI as its "
                    + "issuer.");
        }
        return ClientRegistrations.fromOidcConfiguration(document);
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration registration = resolved.get();
        if (registration == null) {
            registration = discovered()
                    .registrationId(REGISTRATION_ID)
                    .clientId(clientId)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile")
                    .clientName("Appeals platform")
                    .build();
            resolved.compareAndSet(null, registration);
        }
        return registration;
    }
}
