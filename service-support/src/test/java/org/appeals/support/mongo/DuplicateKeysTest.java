package org.appeals.support.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoCommandException;
import com.mongodb.ServerAddress;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

    @Test
    void anUpsertsDuplicateKeyCommandFailureIsADuplicateKey() {
        assertThat(DuplicateKeys.isDuplicateKey(failure(11000))).isTrue();
    }

    @Test
    void otherCommandFailuresAreNot() {
        assertThat(DuplicateKeys.isDuplicateKey(failure(50))).isFalse();
        assertThat(DuplicateKeys.isDuplicateKey(new IllegalStateException("E11000"))).isFalse();
    }

    private static MongoCommandException failure(int code) {
        return new MongoCommandException(new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(code))
                .append("errmsg", new BsonString("failed")), new ServerAddress());
    }
}
