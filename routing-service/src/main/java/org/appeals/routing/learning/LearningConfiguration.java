package org.appeals.routing.learning;

import com.mongodb.client.MongoDatabase;
import org.appeals.routing.classify.ExampleModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LearningConfiguration {

    @Bean
    LabelledExamples labelledExamples(MongoDatabase database, ExampleModel model) {
        return TeachingExamples.over(new MongoLabelledExamples(database), model);
    }
}
