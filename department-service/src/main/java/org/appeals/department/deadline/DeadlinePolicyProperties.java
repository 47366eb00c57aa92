package org.appeals.department.deadline;

import java.util.List;
import java.util.Set;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What makes an appeal formal or urgent for the deadline rules ({@code appeals.department.deadlines.*}).
 *
 * @param formalChannels channels whose appeals are written appeals under 59-ФЗ
 * @param urgentCategories categories that are always urgent
 * @param urgentWords word stems that make an appeal urgent wherever they occur (lower case)
 */
@ConfigurationProperties("appeals.department.deadlines")
public record DeadlinePolicyProperties(Set<Channel> formalChannels, Set<Category> urgentCategories,
                                       List<String> urgentWords) {

    public DeadlinePolicyProperties {
        formalChannels = formalChannels == null ? Set.of(Channel.POS, Channel.EMAIL, Channel.WEB)
                : Set.copyOf(formalChannels);
        urgentCategories = urgentCategories == null ? Set.of(Category.SAFETY) : Set.copyOf(urgentCategories);
        urgentWords = urgentWords == null ? List.of() : List.copyOf(urgentWords);
    }
}
