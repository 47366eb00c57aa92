package org.appeals.console.platform;

import org.appeals.console.security.LazyRegistrations;

import org.appeals.support.identity.Secrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/** The gateway ({@code GATEWAY_URL}, no default) with the person's bearer token on every call. */
@Configuration(proxyBeanMethods = false)
class PlatformClientConfiguration {

    @Bean
    PlatformClient platformClient(RestClient.Builder builder, OAuth2AuthorizedClientManager authorizedClients,
                                  Environment environment) {
        String gatewayUrl = Secrets.requireSetting(environment, "appeals.console.gateway-url", "GATEWAY_URL");
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        bearer.setClientRegistrationIdResolver(request -> LazyRegistrations.REGISTRATION_ID);
        return new PlatformClient(builder.baseUrl(gatewayUrl).requestInterceptor(bearer).requestInterceptor(new RequestKeys()).build());
    }
}
