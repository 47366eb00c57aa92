package org.appeals.console.triage;

import java.util.Arrays;
import java.util.List;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;

/** Taxonomy codes (contracts, taxonomy.md) as people read them, and the codes an operator may place into. */
final class Taxonomy {

    private Taxonomy() {
    }

    /** Every category a department answers: OTHER is "could not tell", never a placement. */
    static List<Category> placeableCategories() {
        return Arrays.stream(Category.values()).filter(c -> c != Category.OTHER).toList();
    }

    /** Every municipality: UNKNOWN is "could not tell", never a placement. */
    static List<Municipality> placeableMunicipalities() {
        return Arrays.stream(Municipality.values()).filter(m -> m != Municipality.UNKNOWN).toList();
    }

    static String categoryName(String code) {
        return name(Category.class, code, Category::displayName);
    }

    static String municipalityName(String code) {
        return name(Municipality.class, code, Municipality::displayName);
    }

    static String channelName(String code) {
        return name(Channel.class, code, Channel::displayName);
    }

    private static <E extends Enum<E>> String name(Class<E> type, String code,
                                                   java.util.function.Function<E, String> name) {
        if (code == null) {
            return "—";
        }
        try {
            return name.apply(Enum.valueOf(type, code));
        } catch (IllegalArgumentException unknown) {
            return code; // a code newer than this console: shown as is
        }
    }
}
