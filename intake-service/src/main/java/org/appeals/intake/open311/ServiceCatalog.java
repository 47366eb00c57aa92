package org.appeals.intake.open311;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.appeals.contracts.Category;
import org.appeals.contracts.Competence;

/**
 * Our categories (taxonomy.md) as Open311 services: the code is the category code, the name its Russian name, the
 * keywords its typical topics, the group the level that answers. None has extra attributes, so none has metadata;
 * every request is registered at once, so every service is {@code realtime}.
 */
final class ServiceCatalog {

    private static final Map<Category, String> KEYWORDS = new EnumMap<>(Map.ofEntries(
            Map.entry(Category.ROADS, "ямы, ремонт дорог, тротуары, разметка, светофоры, знаки, уборка снега"),
            Map.entry(Category.HOUSING, "отопление, вода, канализация, электричество, лифты, подъезды, управляющие компании, капремонт, газ"),
            Map.entry(Category.WASTE, "контейнерные площадки, вывоз ТКО, переполненные баки, свалки"),
            Map.entry(Category.LANDSCAPING, "дворы, детские площадки, парки, скверы, уличное освещение, покос травы, деревья, лавочки"),
            Map.entry(Category.TRANSPORT, "маршруты, автобусы, трамваи, маршрутки, расписание, остановки, проезд"),
            Map.entry(Category.SAFETY, "правопорядок, пожары, ЧС, опасные объекты, подтопления"),
            Map.entry(Category.ANIMALS, "бездомные собаки, укусы, бешенство, отлов"),
            Map.entry(Category.HEALTHCARE, "поликлиники, больницы, запись к врачу, скорая помощь, лекарства"),
            Map.entry(Category.EDUCATION, "школы, детские сады, очередь в детский сад, питание в школе"),
            Map.entry(Category.SOCIAL, "пособия, выплаты, льготы, пенсии, помощь многодетным"),
            Map.entry(Category.MUNICIPAL_SERVICES, "справки, документы, МФЦ, земельные участки, разрешения, приём в администрации"),
            Map.entry(Category.ECOLOGY, "загрязнение воздуха и воды, выбросы, вырубка деревьев, запах"),
            Map.entry(Category.COMMUNICATIONS, "мобильная связь, интернет, телевидение"),
            Map.entry(Category.OTHER, "другое")));

    private ServiceCatalog() {
    }

    static Open311Document services() {
        return new Open311Document("services", "service",
                Arrays.stream(Category.values()).map(ServiceCatalog::service).toList());
    }

    private static Map<String, Object> service(Category category) {
        return Fields.of(
                "service_code", category.name(),
                "service_name", category.displayName(),
                "description", category.displayName() + ": " + KEYWORDS.get(category),
                "metadata", false,
                "type", "realtime",
                "keywords", KEYWORDS.get(category),
                "group", group(category.competence()));
    }

    private static String group(Competence competence) {
        return switch (competence) {
            case MUNICIPAL -> "Муниципальные вопросы";
            case REGIONAL -> "Региональные вопросы";
            case NONE -> "Прочее";
        };
    }

    static List<String> codes() {
        return Arrays.stream(Category.values()).map(Category::name).toList();
    }
}
