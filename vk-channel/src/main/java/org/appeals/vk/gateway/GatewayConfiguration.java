package org.appeals.vk.gateway;

import org.appeals.vk.settings.VkSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The gateway at {@code GATEWAY_URL}, called with the VK channel's key ({@code CHANNEL_API_KEY}). */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    Gateway gateway(RestClient.Builder builder, VkSettings settings) {
        return new Gateway(builder.clone().baseUrl(settings.gatewayUrl()).build(), settings.channelApiKey());
    }
}
