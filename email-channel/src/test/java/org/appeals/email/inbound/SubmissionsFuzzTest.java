package org.appeals.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.appeals.contracts.AppealSubmission;
import org.appeals.email.thread.ReplyIds;
import org.junit.jupiter.api.Test;

/**
 * Whatever a mail holds, what the channel submits must pass intake's checks, or the mail would be marked seen and its
 * submission dead-lettered: lost. Random mails (huge and broken headers, lone surrogates, control characters, dates
 * from year -1e9 to 1e9) go through {@link Submissions}; each result is checked against intake's rules, restated
 * here on purpose rather than borrowed from {@link IntakeValues}.
 */
class SubmissionsFuzzTest {

    private static final long SEED = 4_1204L;
    private static final int CASES = 5_000;
    private static final Instant NOW = Instant.parse("2026-12-04T07:00:00Z");

    private final Random random = new Random(SEED);
    private final Submissions submissions = new Submissions(new ReplyIds("appeals.local"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void everyMailBecomesASubmissionIntakeAccepts() {
        for (int i = 0; i < CASES; i++) {
            IncomingMail mail = new IncomingMail(messageId(), "a" + random.nextInt() + "@mail.example", string(300),
                    string(700), new Body(string(12_000), names()), instant(), List.of(), string(800), false);
            accepted(submissions.of(mail), i);
        }
        System.out.printf("e-mail submission fuzz: %d mails (seed %d), every submission within intake's rules%n",
                CASES, SEED);
    }

    private static void accepted(AppealSubmission submission, int i) {
        String why = "case " + i;
        assertThat(submission.externalId()).as(why).isNotBlank().hasSizeLessThanOrEqualTo(200);
        line(submission.externalId(), why);
        assertThat(submission.text()).as(why).isNotBlank().hasSizeLessThanOrEqualTo(10_000);
        wellFormed(submission.text(), true, why);
        assertThat(submission.author().id()).as(why).isNotBlank().hasSizeLessThanOrEqualTo(200);
        if (submission.author().name() != null) {
            assertThat(submission.author().name()).as(why).hasSizeLessThanOrEqualTo(200);
            line(submission.author().name(), why);
        }
        assertThat(submission.replyTo()).as(why).isNotEmpty().hasSizeLessThanOrEqualTo(20).allSatisfy((key, value) -> {
            assertThat(key).matches("[A-Za-z][A-Za-z0-9_-]{0,63}");
            assertThat(value).as(why + " " + key).isNotBlank().hasSizeLessThanOrEqualTo(500);
            line(value, why + " " + key);
        });
        assertThat(submission.receivedAt()).as(why).isBetween(Instant.parse("2000-01-01T00:00:00Z"),
                NOW.plusSeconds(86_400));
    }

    private static void line(String value, String why) {
        wellFormed(value, false, why);
    }

    private static void wellFormed(String value, boolean multiLine, String why) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            assertThat(Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || Character.isISOControl(c) && !(multiLine && lineBreak))
                    .as("%s: character %d is U+%04X", why, i, (int) c).isFalse();
        }
    }

    private String string(int typical) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextBoolean() ? "" : " \t";
            case 1 -> "🕳".repeat(typical);
            case 2 -> chars(random.nextInt(typical));
            case 3 -> "<" + chars(random.nextInt(20)) + "@mail.example>";
            default -> "<m" + random.nextInt() + "@mail.example> Яма у дома";
        };
    }

    /** As {@link MailReader} gives it: stripped, and derived when the mail has none. */
    private String messageId() {
        String id = string(300).strip();
        return id.isEmpty() ? "<derived." + random.nextInt() + "@appeals.local>" : id;
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            names.add(chars(random.nextInt(300)));
        }
        return names;
    }

    private Instant instant() {
        return random.nextInt(4) == 0 ? NOW.minusSeconds(random.nextInt(86_400))
                : Instant.ofEpochSecond(random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()));
    }

    private String chars(int length) {
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < length; i++) {
            chars.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return chars.toString();
    }
}
