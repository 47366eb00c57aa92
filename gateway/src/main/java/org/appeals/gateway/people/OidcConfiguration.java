package org.appeals.gateway.people;

import org.appeals.support.identity.Secrets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** People's tokens: the provider is required outside demo mode, and contacted only when a token arrives. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcProperties.class)
class OidcConfiguration {

    @Bean
    PersonAuthenticator personAuthenticator(OidcProperties properties, Environment environment) {
        if (!Secrets.demo(environment)) {
            Secrets.requireSetting(environment, "appeals.gateway.oidc.issuer-uri", "OIDC_ISSUER_URI");
        }
        boolean configured = properties.issuerUri() != null && !properties.issuerUri().isBlank();
        return new PersonAuthenticator(configured ? ProviderDecoders.lazy(properties) : null,
                new PersonMapping(properties.claims(), properties.roles()));
    }
}
