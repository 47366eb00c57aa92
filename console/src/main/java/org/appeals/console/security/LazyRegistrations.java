package org.appeals.console.security;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one client registration, read from the provider's discovery document at the first login rather than at start:
 * the console starts while the identity provider is still starting (or down), and a failed lookup is tried again at
 * the next login instead of being remembered.
 */
final class LazyRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "platform";

    private final String issuerUri;
    private final String clientId;
    private final AtomicReference<ClientRegistration> resolved = new AtomicReference<>();

    LazyRegistrations(String issuerUri, String clientId) {
        this.issuerUri = issuerUri;
        this.clientId = clientId;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration registration = resolved.get();
        if (registration == null) {
            registration = ClientRegistrations.fromIssuerLocation(issuerUri)
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
