package org.appeals.resident.photo;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Photos in GridFS (bucket {@code photos}): the re-encoded bytes with their content type. The file name stored is a
 * neutral one ({@code <id>.jpg}), not the resident's, which may hold a name or a place.
 */
class MongoPhotos implements Photos {

    private final GridFSBucket bucket;
    private final Clock clock;

    MongoPhotos(GridFSBucket bucket, Clock clock) {
        this.bucket = bucket;
        this.clock = clock;
    }

    @Override
    public String store(CheckedPhoto photo) {
        ObjectId id = new ObjectId();
        GridFSUploadOptions options = new GridFSUploadOptions().metadata(new Document()
                .append("contentType", photo.format().contentType())
                .append("storedAt", Date.from(clock.instant())));
        bucket.uploadFromStream(new org.bson.BsonObjectId(id), id.toHexString() + "." + photo.format().imageIoName(),
                new ByteArrayInputStream(photo.content()), options);
        return id.toHexString();
    }

    @Override
    public Optional<StoredPhoto> find(String id) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        ObjectId objectId = new ObjectId(id);
        GridFSFile file = bucket.find(new Document("_id", objectId)).first();
        if (file == null || file.getMetadata() == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            bucket.downloadToStream(objectId, bytes);
        } catch (MongoGridFSException missingChunks) {
            return Optional.empty();
        }
        return Optional.of(new StoredPhoto(id, file.getMetadata().getString("contentType"), bytes.toByteArray()));
    }
}
