package org.appeals.email;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Flags;
import java.time.Duration;
import java.util.Date;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.support.testing.OtherInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two instances, one mailbox: while another instance holds the poll's lock, this one takes no mail. */
class MailboxLockIT extends EmailITBase {

    private static final String POLL_LOCK = "email.mailbox-poll";


    @RegisterExtension
    final OtherInstance other = new OtherInstance();

    @Test
    void aNewMailWaitsWhileAnotherInstancePollsAndIsTakenHereOnceItLetsGo() throws Exception {
        other.takeOnceFree(POLL_LOCK);
        TestMails.Mail letter = TestMails.plain(mail.getSmtp().getPort(), "irina@example.org", "Ирина",
                "Не горит фонарь", "У дома 3 по улице Садовой не горит фонарь.", new Date());
        String key = AppealSubmission.key(Channel.EMAIL, letter.id());
        try (var submitted = reader(Topics.APPEALS_SUBMITTED)) {
            TestMails.send(letter);

            // polls run every 200 ms here: without the lock the mail would have been taken within the first
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() ->
                    stored(letter.id()).map(m -> !m.isSet(Flags.Flag.SEEN)).orElse(false)
                            && values(submitted, key).isEmpty());

            other.release(POLL_LOCK);
            eventually().until(() -> values(submitted, key).size() == 1);
            eventually().until(() -> stored(letter.id()).map(m -> m.isSet(Flags.Flag.SEEN)).orElse(false));
        }
    }
}
