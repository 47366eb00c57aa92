package org.appeals.gateway.backends;

import java.net.http.HttpClient;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client the routes forward with: the JDK's, speaking HTTP/1.1 to the backends (plain http, so HTTP/2 would
 * only add an upgrade attempt to every request). Timeouts and redirects come from {@code spring.http.clients.*}.
 * Every forwarded request carries the client's address ({@link ClientAddressHeader}).
 */
@Configuration(proxyBeanMethods = false)
class BackendClientConfiguration {

    @Bean
    JdkClientHttpRequestFactoryBuilder backendRequestFactoryBuilder() {
        return ClientHttpRequestFactoryBuilder.jdk()
                .withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
    }

    @Bean
    ClientAddressHeader clientAddressHeader() {
        return new ClientAddressHeader();
    }
}
