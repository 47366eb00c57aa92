package org.appeals.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.appeals.intake.registration.AppealRequest;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Any form reaches the registration's checks as an appeal body or is refused the Open311 way, never with another
 * exception; and its content-derived id is the same every time the same form is read (a retry is the same request).
 */
class ServiceRequestFormFuzzTest {

    private static final long SEED = 311L;
    private static final int CASES = 5_000;
    private static final String[] NUMBERS = {"NaN", "-NaN", "Infinity", "-Infinity", "1e400", "-1e308", "0x1p3", "1d",
        "-0", "48.7", "44.5", " 50.06 ", "", "north", "9".repeat(400), "4e-400"};
    private static final String[] FIELDS = {"service_code", "address_string", "description", "email", "phone",
        "first_name", "last_name", "account_id", "device_id", "media_url", "api_key"};

    private final Random random = new Random(SEED);

    @Test
    void everyFormIsAnAppealBodyOrAnOpen311RefusalAndReadsToTheSameIdTwice() {
        int bodies = 0;
        for (int i = 0; i < CASES; i++) {
            MultiValueMap<String, String> form = form();
            try {
                AppealRequest body = ServiceRequestForm.read(form);
                assertThat(body.externalId()).as("case %d", i).matches("open311-[A-Z_]+-[0-9a-f]{32}")
                        .isEqualTo(ServiceRequestForm.read(form).externalId());
                bodies++;
            } catch (Open311Exception refused) {
                assertThat(refused.descriptions()).as("case %d", i).isNotEmpty();
            }
        }
        System.out.printf("Open311 form fuzz: %d forms (seed %d), %d became appeal bodies%n", CASES, SEED, bodies);
        assertThat(bodies).isGreaterThan(CASES / 10);
    }

    private MultiValueMap<String, String> form() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.set("service_code", random.nextInt(5) == 0 ? "FAX" : "ROADS");
        form.set("email", "a" + random.nextInt(100) + "@mail.example");
        form.set("address_string", "Камышин");
        if (random.nextBoolean()) {
            form.set("lat", NUMBERS[random.nextInt(NUMBERS.length)]);
            form.set("long", NUMBERS[random.nextInt(NUMBERS.length)]);
        }
        for (int n = random.nextInt(4); n > 0; n--) {
            form.set(FIELDS[random.nextInt(FIELDS.length)], chars(random.nextInt(300)));
        }
        return form;
    }

    private String chars(int length) {
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < length; i++) {
            chars.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return chars.toString();
    }
}
