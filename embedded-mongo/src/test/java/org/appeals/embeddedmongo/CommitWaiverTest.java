package org.appeals.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

/** Only a write that itself says it need not wait for the journal skips the commit before its reply. */
class CommitWaiverTest {

    @Test
    void aWriteWithoutJournalIsWaived() {
        assertThat(CommitPolicy.waivedBy(update(new Document("w", 1).append("j", false)))).isTrue();
    }

    @Test
    void theServicesDurableWritesAndWritesWithoutAConcernAreCommitted() {
        assertThat(CommitPolicy.waivedBy(update(new Document("w", "majority").append("j", true)))).isFalse();
        assertThat(CommitPolicy.waivedBy(update(new Document("w", 1)))).isFalse();
        assertThat(CommitPolicy.waivedBy(new Document("update", "appeals"))).isFalse();
        assertThat(CommitPolicy.waivedBy(null)).isFalse();
    }

    private static Document update(Document writeConcern) {
        return new Document("update", "appeals").append("writeConcern", writeConcern);
    }
}
