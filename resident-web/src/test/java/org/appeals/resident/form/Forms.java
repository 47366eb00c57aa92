package org.appeals.resident.form;

import java.util.List;

/** Filled forms for tests: a valid one and variations of it. */
final class Forms {

    static final String TOKEN = "5b0c8c1e-7a38-4c55-9b0e-1f6f2f0a0001";

    private Forms() {
    }

    static AppealForm valid() {
        return new AppealForm(TOKEN, "Во дворе дома яма, машины бьют колёса.", "ROADS", "VOLGOGRAD", "ул. Мира, 12",
                "48.708", "44.513", "resident@example.ru", "", "Анна", "yes", "", List.of());
    }

    static AppealForm with(String field, String value) {
        AppealForm f = valid();
        return new AppealForm(f.submissionId(), field.equals("text") ? value : f.text(),
                field.equals("category") ? value : f.category(),
                field.equals("municipality") ? value : f.municipality(),
                field.equals("address") ? value : f.address(), field.equals("lat") ? value : f.lat(),
                field.equals("lon") ? value : f.lon(), field.equals("email") ? value : f.email(),
                field.equals("phone") ? value : f.phone(), field.equals("name") ? value : f.name(),
                field.equals("consent") ? value : f.consent(), field.equals("website") ? value : f.website(),
                f.storedPhotos());
    }
}
