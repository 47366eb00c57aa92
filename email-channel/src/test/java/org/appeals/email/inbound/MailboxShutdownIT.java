package org.appeals.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.email.EmailChannelApplication;
import org.appeals.email.EmailITBase;
import org.appeals.email.TestMails;
import org.appeals.support.kafka.EventPublisher;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Shutting down in the middle of a poll: the poll finishes its mails (submitted and marked seen) before the service,
 * its Kafka producer included, goes away. The service runs in its own context here, so the test can close it.
 */
@EmbeddedKafka(partitions = 1, topics = Topics.APPEALS_SUBMITTED)
class MailboxShutdownIT {

    private final MongoWireServer mongo = MongoWireServer.start();
    private final GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetup.createCopy(
            ServerSetupTest.SMTP_IMAP, setup -> setup.createCopy("127.0.0.1"))));
    private final CountDownLatch gate = new CountDownLatch(1);

    @AfterEach
    void stop() {
        gate.countDown();
        mail.stop();
        mongo.close();
    }

    @Test
    void aPollInProgressFinishesItsMailsBeforeTheServiceStops() throws Exception {
        mail.start();
        mail.setUser(EmailITBase.MAILBOX, "appeals", "secret");
        List<TestMails.Mail> mails = IntStream.range(0, 3).mapToObj(this::mailNumber).toList();
        for (TestMails.Mail each : mails) {
            TestMails.send(each);
        }
        String brokers = EmbeddedKafkaCondition.getBroker().getBrokersAsString();
        ConfigurableApplicationContext service = start(brokers);
        await().atMost(Duration.ofSeconds(30)).until(() -> isSeen(mails.get(0)));

        CompletableFuture<Void> closing = CompletableFuture.runAsync(service::close);
        // the second mail is held up in the intake: the shutdown waits for the poll
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> !closing.isDone());
        gate.countDown();
        closing.get(30, TimeUnit.SECONDS);

        assertThat(mails).allMatch(this::isSeen);
        try (var submitted = new TopicReader(brokers, Topics.APPEALS_SUBMITTED)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> mails.stream().allMatch(each ->
                    submitted.valuesFor(AppealSubmission.key(Channel.EMAIL, each.id())).size() == 1));
        }
    }

    private ConfigurableApplicationContext start(String brokers) {
        return new SpringApplicationBuilder(EmailChannelApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("gatedIntake",
                        MailIntake.class, () -> gated(context), definition -> definition.setPrimary(true)))
                .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + brokers,
                        "--spring.mongodb.uri=" + mongo.uri(), "--spring.mongodb.database=email-shutdown",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
                        "--appeals.email.mailbox.host=127.0.0.1",
                        "--appeals.email.mailbox.port=" + mail.getImap().getPort(),
                        "--appeals.email.mailbox.username=appeals", "--appeals.email.mailbox.password=secret",
                        "--appeals.email.mailbox.poll-interval=200ms",
                        "--appeals.email.reply.from=" + EmailITBase.MAILBOX);
    }

    /** The service's own intake, but every mail after the first waits for the gate. */
    private MailIntake gated(ConfigurableApplicationContext context) {
        AtomicInteger taken = new AtomicInteger();
        return new MailIntake(context.getBean(MailReader.class), context.getBean(Submissions.class),
                context.getBean(EventPublisher.class), context.getBean(InboundMetrics.class)) {
            @Override
            MailOutcome take(MimeMessage message) throws MessagingException {
                if (taken.incrementAndGet() > 1) {
                    awaitGate();
                }
                return super.take(message);
            }
        };
    }

    private void awaitGate() {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("poll interrupted by the shutdown", e);
        }
    }

    private TestMails.Mail mailNumber(int number) {
        try {
            return TestMails.plain(mail.getSmtp().getPort(), "resident" + number + "@example.org", "Житель " + number,
                    "Обращение " + number, "Текст обращения " + number + ".", new Date());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean isSeen(TestMails.Mail sent) {
        return mail.getManagers().getImapHostManager().getAllMessages().stream()
                .filter(stored -> sent.id().equals(messageId(stored.getMimeMessage())))
                .anyMatch(stored -> stored.isSet(Flags.Flag.SEEN));
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
