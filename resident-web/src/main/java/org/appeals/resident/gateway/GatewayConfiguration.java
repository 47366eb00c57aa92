package org.appeals.resident.gateway;

import org.appeals.support.identity.Secrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/** The gateway ({@code GATEWAY_URL}) and the WEB channel's key ({@code RESIDENT_WEB_API_KEY}); neither has a default. */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    Gateway gateway(RestClient.Builder builder, Environment environment) {
        String gatewayUrl = Secrets.requireSetting(environment, "appeals.resident.gateway-url", "GATEWAY_URL");
        String apiKey = Secrets.require(environment, "appeals.resident.api-key", "RESIDENT_WEB_API_KEY");
        return new Gateway(builder.baseUrl(gatewayUrl).build(), apiKey);
    }
}
