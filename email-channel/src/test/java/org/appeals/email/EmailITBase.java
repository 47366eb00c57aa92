package org.appeals.email;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.appeals.support.kafka.EventPublisher;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.testing.TopicReader;
import org.awaitility.core.ConditionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on a real in-JVM Kafka broker, the MongoDB-wire server and a real mail server (GreenMail: SMTP and
 * IMAP on free loopback ports). Every IT class extends this one, so they share one application context; each test
 * uses its own Message-IDs, appeals and resident addresses.
 */
@SpringBootTest(classes = EmailChannelApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.mongodb.database=email-it",
                "appeals.kafka.retry-interval=50ms",
                "appeals.kafka.retry-attempts=2",
                "appeals.email.mailbox.poll-interval=200ms",
                "appeals.email.reply.from=" + EmailITBase.MAILBOX})
@EmbeddedKafka(partitions = 1)
public abstract class EmailITBase {

    public static final String MAILBOX = "appeals@cur.example";
    static final String MAILBOX_LOGIN = "appeals";
    static final String MAILBOX_PASSWORD = "secret";

    static final MongoWireServer mongo = MongoWireServer.start();
    protected static final GreenMail mail = startMailServer();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
        registry.add("appeals.email.mailbox.host", () -> "127.0.0.1");
        registry.add("appeals.email.mailbox.port", () -> mail.getImap().getPort());
        registry.add("appeals.email.mailbox.username", () -> MAILBOX_LOGIN);
        registry.add("appeals.email.mailbox.password", () -> MAILBOX_PASSWORD);
    }

    @Autowired
    protected EventPublisher publisher;

    @Value("${spring.embedded.kafka.brokers}")
    protected String brokers;

    @LocalServerPort
    protected int port;

    private static GreenMail startMailServer() {
        ServerSetup[] loopback = ServerSetup.dynamicPort(ServerSetup.createCopy(ServerSetupTest.SMTP_IMAP,
                setup -> setup.createCopy("127.0.0.1")));
        GreenMail server = new GreenMail(loopback);
        server.start();
        server.setUser(MAILBOX, MAILBOX_LOGIN, MAILBOX_PASSWORD);
        return server;
    }

    protected static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
    }

    /** Reads a topic from its start; open it before acting, close it after. */
    protected TopicReader reader(String topic) {
        return new TopicReader(brokers, topic);
    }

    protected static List<JsonNode> values(TopicReader reader, String key) {
        return reader.valuesFor(key).stream().map(JSON::readTree).toList();
    }

    /** The mail with this Message-ID as the server stores it, flags included. */
    protected static Optional<StoredMessage> stored(String messageId) {
        return mail.getManagers().getImapHostManager().getAllMessages().stream()
                .filter(message -> messageId.equals(messageIdOf(message.getMimeMessage())))
                .findFirst();
    }

    /** What reached a resident's mailbox. */
    protected static List<MimeMessage> mailsTo(String address) {
        return mail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true).toList();
    }

    protected static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
