package org.appeals.gateway.numbers;

import java.net.http.HttpClient;
import org.appeals.gateway.identity.IdentityMinter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lookup of registration numbers at intake, over HTTP/1.1 like the routes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppealNumberProperties.class)
class AppealNumberConfiguration {

    @Bean
    AppealNumbers appealNumbers(AppealNumberProperties properties, IdentityMinter minter) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        return new AppealNumbers(new IntakeAppealNumbers(http, properties, minter), properties);
    }
}
