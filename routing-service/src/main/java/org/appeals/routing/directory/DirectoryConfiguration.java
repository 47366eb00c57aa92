package org.appeals.routing.directory;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfiguration {

    @Bean
    Directory directory(DirectoryProperties properties, ResourceLoader resources) throws IOException {
        try (InputStream in = resources.getResource(properties.directory()).getInputStream()) {
            return Directory.load(in);
        }
    }

    @Bean
    RoutingRules routingRules(Directory directory, DirectoryProperties properties) {
        return new RoutingRules(directory, properties.minConfidence());
    }
}
