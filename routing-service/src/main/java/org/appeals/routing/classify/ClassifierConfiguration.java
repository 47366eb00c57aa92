package org.appeals.routing.classify;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VocabularyProperties.class)
class ClassifierConfiguration {

    @Bean
    Classifier classifier(VocabularyProperties properties, ResourceLoader resources) throws IOException {
        try (InputStream categories = resources.getResource(properties.categories()).getInputStream();
             InputStream municipalities = resources.getResource(properties.municipalities()).getInputStream()) {
            return Classifier.load(categories, municipalities);
        }
    }
}
