package org.appeals.resident.photo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PhotoConfiguration {

    static final String BUCKET = "photos";

    @Bean
    Photos photos(MongoDatabase database, Clock clock) {
        return new MongoPhotos(GridFSBuckets.create(database, BUCKET), clock);
    }

    @Bean
    PhotoCheck photoCheck(PhotoProperties settings) {
        return new PhotoCheck(settings.maxBytes().toBytes(), settings.maxPixels());
    }
}
