package org.appeals.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Flags;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.email.EmailITBase;
import org.appeals.email.TestMails;
import org.appeals.email.thread.ReplyIds;
import org.appeals.support.kafka.EventPublisher;
import org.appeals.support.kafka.PublishFailedException;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * No appeal is lost between the mailbox and the broker: the poller on its own, against a real IMAP server and either
 * a broker that is not there or a real one.
 */
@EmbeddedKafka(partitions = 1, topics = Topics.APPEALS_SUBMITTED)
class MailboxPollerIT {

    private GreenMail mail;

    @BeforeEach
    void startMailServer() {
        mail = new GreenMail(ServerSetup.dynamicPort(ServerSetup.createCopy(ServerSetupTest.SMTP_IMAP,
                setup -> setup.createCopy("127.0.0.1"))));
        mail.start();
        mail.setUser(EmailITBase.MAILBOX, "appeals", "secret");
    }

    @AfterEach
    void stopMailServer() {
        mail.stop();
    }

    @Test
    void aMailWhoseSubmissionTheBrokerDidNotAcknowledgeStaysUnseenAndIsSubmittedByTheNextPoll() throws Exception {
        TestMails.Mail sent = TestMails.plain(mail.getSmtp().getPort(), "oleg@example.org", "Олег",
                "Снег", "Двор не чищен от снега.", new Date());
        TestMails.send(sent);
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(sent.id()) != null);

        try (KafkaPublisher away = publisher("127.0.0.1:" + freePort())) {
            // the producer gives up waiting for metadata, or the acknowledgement does not come: either way it throws
            assertThatThrownBy(() -> poller(away.publisher()).poll())
                    .isInstanceOfAny(KafkaException.class, PublishFailedException.class);
        }
        assertThat(stored(sent.id()).isSet(Flags.Flag.SEEN)).isFalse();
        assertThat(stored(sent.id()).isSet(Flags.Flag.FLAGGED)).isFalse();

        String brokers = EmbeddedKafkaCondition.getBroker().getBrokersAsString();
        String key = AppealSubmission.key(Channel.EMAIL, sent.id());
        try (KafkaPublisher back = publisher(brokers); var submitted = new TopicReader(brokers, Topics.APPEALS_SUBMITTED)) {
            assertThat(poller(back.publisher()).poll()).isEqualTo(1);

            assertThat(stored(sent.id()).isSet(Flags.Flag.SEEN)).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> submitted.valuesFor(key).size() == 1);
            assertThat(submitted.valuesFor(key).get(0)).contains("Двор не чищен от снега.");
            assertThat(poller(back.publisher()).poll()).isZero();
        }
    }

    @Test
    void aMailWithoutASenderIsFlaggedAndLeftUnseenForAPerson() throws Exception {
        TestMails.Mail anonymous = TestMails.plain(mail.getSmtp().getPort(), "x@example.org", null, "Без отправителя",
                "Текст", new Date());
        anonymous.saveChanges();
        anonymous.removeHeader("From");
        // no SMTP server takes a mail without a sender, but a mailbox may still hold one (imported, forwarded)
        mail.getUserManager().getUser("appeals").deliver(anonymous);
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(anonymous.id()) != null);

        try (KafkaPublisher away = publisher("127.0.0.1:" + freePort())) {
            // nothing is published, so the absent broker does not matter
            assertThat(poller(away.publisher()).poll()).isEqualTo(1);
            assertThat(poller(away.publisher()).poll()).isZero();
        }
        assertThat(stored(anonymous.id()).isSet(Flags.Flag.FLAGGED)).isTrue();
        assertThat(stored(anonymous.id()).isSet(Flags.Flag.SEEN)).isFalse();
    }

    private MailboxPoller poller(EventPublisher publisher) {
        var properties = new MailboxProperties(true, "imap", "127.0.0.1", mail.getImap().getPort(), "INBOX",
                Duration.ofSeconds(1), 10, Duration.ofSeconds(5));
        var intake = new MailIntake(new MailReader(Clock.systemUTC()),
                new Submissions(new ReplyIds("appeals.local"), Clock.systemUTC()), publisher,
                new InboundMetrics(new SimpleMeterRegistry()));
        return new MailboxPoller(properties, new MailboxLogin("appeals", "secret"), intake);
    }

    private StoredMessage stored(String messageId) {
        return mail.getManagers().getImapHostManager().getAllMessages().stream()
                .filter(message -> {
                    try {
                        return messageId.equals(message.getMimeMessage().getMessageID());
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst().orElse(null);
    }

    /** A real producer as the service configures it, with a short wait for the broker. */
    private static KafkaPublisher publisher(String brokers) {
        var factory = new DefaultKafkaProducerFactory<String, Object>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1_500,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000),
                new StringSerializer(), new JacksonJsonSerializer<>().noTypeInfo());
        return new KafkaPublisher(factory, new EventPublisher(new KafkaTemplate<>(factory), Duration.ofSeconds(2)));
    }

    private record KafkaPublisher(DefaultKafkaProducerFactory<String, Object> factory, EventPublisher publisher)
            implements AutoCloseable {
        @Override
        public void close() {
            factory.destroy();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
