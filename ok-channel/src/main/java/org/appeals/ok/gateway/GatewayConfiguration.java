package org.appeals.ok.gateway;

import org.appeals.support.identity.Secrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The gateway ({@code GATEWAY_URL}) and the OK channel's key ({@code CHANNEL_API_KEY}); neither has a default. */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    Gateway gateway(RestClient.Builder builder, Environment environment, JsonMapper json) {
        String url = Secrets.requireSetting(environment, "appeals.gateway.url", "GATEWAY_URL");
        String key = Secrets.require(environment, "appeals.gateway.api-key", "CHANNEL_API_KEY");
        return new Gateway(builder.clone().baseUrl(url).build(), key, json);
    }
}
