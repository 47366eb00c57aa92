package org.appeals.console.layout;

import java.util.Arrays;
import java.util.Optional;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;

/**
 * The taxonomy's codes as people read them: contracts' own Russian display names ({@code Category},
 * {@code Municipality}, {@code Channel}); empty for a code this build does not know (the page then shows the code).
 */
public final class CodeNames {

    private CodeNames() {
    }

    public static Optional<String> category(String code) {
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(Category::displayName);
    }

    public static Optional<String> municipality(String code) {
        return Arrays.stream(Municipality.values()).filter(m -> m.name().equals(code)).findFirst()
                .map(Municipality::displayName);
    }

    public static Optional<String> channel(String code) {
        return Arrays.stream(Channel.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(Channel::displayName);
    }
}
