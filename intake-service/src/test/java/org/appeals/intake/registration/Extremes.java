package org.appeals.intake.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.appeals.contracts.Channel;

/**
 * Random and extreme values for the fields of an appeal: ordinary ones often enough that many bodies pass the checks
 * (only accepted bodies reach the consumers' conversions), and around them the values that break conversions: huge
 * and negative years, NaN, ±Infinity, ±1e308, empty and huge strings, lone surrogates, control characters, nulls.
 */
final class Extremes {

    private static final String[] WORDS = {"Яма", "на", "дороге", "Камышин", "🕳️", "مرحبا", "\u200B", "д.\u00A012",
        "𝔘𝔫𝔦", "e\u0301", "<script>", "$where", "a.b", "\"", "\\", "%00", " "};
    private static final String[] INSTANTS = {"+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z",
        "+292278994-08-17T07:12:55.807Z", "-292275055-05-16T16:47:04.192Z", "1970-01-01T00:00:00Z",
        "1999-12-31T23:59:59.999999999Z", "2000-01-01T00:00:00Z", "2026-11-20T08:15:29Z", "2026-02-29T00:00:00Z",
        "2026-11-20T08:15:29+03:00", "20.11.2026", "", " ", "2026-11-20T08:15:29.123456789Z", "9999-12-31T23:59:59Z"};
    private static final double[] DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e308,
        -1e308, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 0.0, 90, -90, 180, -180,
        90.00000000000001, -180.00000000000003, 48.7, 44.5};

    private final Random random;
    private final Instant now;

    Extremes(Random random, Instant now) {
        this.random = random;
        this.now = now;
    }

    /** Each field ordinary or, one time in five, extreme: bodies with one or two bad fields are the common case. */
    AppealRequest body() {
        return new AppealRequest(wild() ? channel() : "VK", wild() ? string(250) : "ext-" + random.nextLong(),
                wild() ? string(10_050) : words(1 + random.nextInt(30)), wild() ? author() : plainAuthor(),
                wild() ? replyTo() : Map.of("chatId", Integer.toString(random.nextInt())),
                wild() ? location() : new AppealRequest.LocationBody(words(3), 48.7, 44.5),
                wild() ? attachments() : null,
                wild() ? instant() : now.minusSeconds(random.nextInt(86_400)).toString(), null, null);
    }

    private boolean wild() {
        return random.nextInt(5) == 0;
    }

    private AppealRequest.AuthorBody plainAuthor() {
        return new AppealRequest.AuthorBody("u" + random.nextInt(), words(2), null);
    }

    String channel() {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> pick(new String[] {"vk", "FAX", "", " ", "TELEGRAM\u0000", "ЕМАЙЛ"});
            default -> Channel.values()[random.nextInt(Channel.values().length)].name();
        };
    }

    /** Up to about {@code typical} characters, sometimes far beyond (a third over the limit is still cheap). */
    String string(int typical) {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> " \t\n";
            case 3 -> "x".repeat(typical + random.nextInt(typical / 3 + 2));
            case 4 -> randomChars(random.nextInt(40));
            default -> words(1 + random.nextInt(8));
        };
    }

    String instant() {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> pick(INSTANTS);
            case 2 -> Instant.ofEpochSecond(random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                    random.nextInt(1_000_000_000)).toString();
            case 3 -> now.plusSeconds(random.nextLong(-86_400L * 365 * 30, 86_400L * 3)).toString();
            default -> now.minusSeconds(random.nextInt(86_400 * 30)).toString();
        };
    }

    Double coordinate() {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> DOUBLES[random.nextInt(DOUBLES.length)];
            case 2 -> Double.longBitsToDouble(random.nextLong());
            default -> random.nextDouble(-200, 200);
        };
    }

    private AppealRequest.AuthorBody author() {
        return random.nextInt(8) == 0 ? null : new AppealRequest.AuthorBody(string(210), string(210), string(210));
    }

    private Map<String, String> replyTo() {
        if (random.nextInt(8) == 0) {
            return null;
        }
        Map<String, String> replyTo = new LinkedHashMap<>();
        int entries = random.nextInt(10) == 0 ? 21 + random.nextInt(5) : random.nextInt(4);
        for (int i = 0; i < entries; i++) {
            String key = random.nextInt(6) == 0 ? pick(new String[] {"$where", "a.b", "", "ключ", "k\u0000"}) : "k" + i;
            replyTo.put(key, string(510));
        }
        return replyTo;
    }

    private AppealRequest.LocationBody location() {
        return random.nextInt(4) == 0 ? null : new AppealRequest.LocationBody(string(510), coordinate(), coordinate());
    }

    private List<String> attachments() {
        if (random.nextInt(3) == 0) {
            return null;
        }
        List<String> links = new ArrayList<>();
        int count = random.nextInt(10) == 0 ? 11 : random.nextInt(4);
        for (int i = 0; i < count; i++) {
            links.add(switch (random.nextInt(6)) {
                case 0 -> null;
                case 1 -> "https://example.org/" + "p".repeat(random.nextInt(2_100));
                case 2 -> pick(new String[] {"javascript:alert(1)", "ftp://x.example/a", "http://", "https:///x",
                    "https://пример.рф/фото.jpg", "https://example.org/a b", "HTTPS://EXAMPLE.ORG/X.JPG"});
                case 3 -> "https://example.org/" + randomChars(10);
                default -> "https://example.org/photo/" + random.nextInt(1000) + ".jpg";
            });
        }
        return links;
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(pick(WORDS));
        }
        return text.toString();
    }

    /** Any UTF-16 unit at all: lone surrogates, controls, non-characters, private use. */
    private String randomChars(int length) {
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < length; i++) {
            chars.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return chars.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
