package org.appeals.telegram.gateway;

import org.appeals.support.identity.Secrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's address ({@code GATEWAY_URL}) and the channel's key ({@code CHANNEL_API_KEY}); no defaults. */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    GatewayClient gatewayClient(Environment environment, JsonMapper json) {
        return new GatewayClient(Secrets.requireSetting(environment, "appeals.telegram.gateway-url", "GATEWAY_URL"),
                Secrets.require(environment, "appeals.telegram.channel-api-key", "CHANNEL_API_KEY"), json);
    }
}
