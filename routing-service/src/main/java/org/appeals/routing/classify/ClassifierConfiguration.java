package org.appeals.routing.classify;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({VocabularyProperties.class, ClassifierProperties.class})
class ClassifierConfiguration {

    @Bean
    Classifier classifier(VocabularyProperties properties, ClassifierProperties weights, ResourceLoader resources,
                          MeterRegistry registry) throws IOException {
        ClassificationMetrics metrics = new ClassificationMetrics(registry);
        try (InputStream categories = resources.getResource(properties.categories()).getInputStream();
             InputStream municipalities = resources.getResource(properties.municipalities()).getInputStream()) {
            return Classifier.load(categories, municipalities).withHintWeight(weights.hintWeight())
                    .observedBy(metrics::record);
        }
    }

    @Bean
    ExampleModel exampleModel(Classifier classifier) {
        return classifier.examples();
    }
}
