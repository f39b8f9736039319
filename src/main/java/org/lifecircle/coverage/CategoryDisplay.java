package org.lifecircle.coverage;

import java.util.Optional;
import org.lifecircle.model.Category;

/**
 * How a category is named and drawn: in Chinese and English (reports, export field labels, the
 * page's legend) and, optionally, its colour on the map. A profile gives these with each rule;
 * without them the category's id stands in.
 *
 * @param label the Chinese name, e.g. 养老服务设施
 * @param labelEn the English name, e.g. elderly care
 * @param color a CSS colour such as {@code #8e24aa}, or empty for the page's own palette
 */
public record CategoryDisplay(String label, String labelEn, Optional<String> color) {

    /** The id as both names, no colour. */
    public static CategoryDisplay of(Category category) {
        return new CategoryDisplay(category.id(), category.id(), Optional.empty());
    }

    /** Both names, Chinese first, as planners read them: "养老服务设施 elderly care". */
    public String bilingual() {
        return label.equals(labelEn) ? label : label + " " + labelEn;
    }
}
