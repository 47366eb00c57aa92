package org.appeals.notification.channel;

import java.net.http.HttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The HTTP client of the webhooks, with the configured timeouts and no redirects followed. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ChannelsProperties.class, WebhookProperties.class})
class WebhookConfiguration {

    @Bean
    RestClient webhookRestClient(RestClient.Builder builder, WebhookProperties properties) {
        HttpClient jdk = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var requestFactory = new JdkClientHttpRequestFactory(jdk);
        requestFactory.setReadTimeout(properties.readTimeout());
        return builder.requestFactory(requestFactory).build();
    }
}
