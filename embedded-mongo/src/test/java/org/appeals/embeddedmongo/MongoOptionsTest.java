package org.appeals.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MongoOptionsTest {

    @Test
    void defaultsToTheLocalStoreOnTheStandardPort() {
        MongoOptions options = MongoOptions.parse(new String[0]);

        assertThat(options).isEqualTo(new MongoOptions(Path.of(".local/mongo/appeals.mv"), "127.0.0.1", 27017));
    }

    @Test
    void takesFileHostAndPortFromTheCommandLine() {
        MongoOptions options = MongoOptions.parse(new String[] {"--port", "28017", "--file", "/tmp/x.mv",
                "--host", "0.0.0.0"});

        assertThat(options).isEqualTo(new MongoOptions(Path.of("/tmp/x.mv"), "0.0.0.0", 28017));
    }

    @Test
    void rejectsUnknownOptionsAndMissingValuesClearly() {
        assertThatThrownBy(() -> MongoOptions.parse(new String[] {"--dir", "x"})).hasMessageContaining("--dir");
        assertThatThrownBy(() -> MongoOptions.parse(new String[] {"--port"})).hasMessageContaining("no value");
    }
}
