package org.appeals.routing.learning;

import com.mongodb.client.MongoDatabase;
import org.appeals.routing.classify.ExampleModel;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LearningProperties.class)
class LearningConfiguration {

    @Bean
    LabelledExamples labelledExamples(MongoDatabase database, ExampleModel model) {
        return new TeachingExamples(new MongoLabelledExamples(database), model);
    }

    /** Caught up before the service takes its first appeal: everything stored so far is learned at start-up. */
    @Bean
    ExampleFollower exampleFollower(LabelledExamples examples, ExampleModel model, LearningProperties properties) {
        ExampleFollower follower = new ExampleFollower(examples, model, properties.followOverlap());
        follower.catchUp();
        return follower;
    }
}
