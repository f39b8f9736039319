package org.lifecircle.api;

import java.util.List;
import java.util.Optional;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.results.Layer;

/** The areas request's {@code category} and {@code status} filter (status needs a category). */
record AreaFilter(Optional<Category> category, String status) {

    static AreaFilter of(String category, String status) {
        if (!List.of("all", "covered", "uncovered").contains(status)) {
            throw new InvalidInputException("status must be all, covered or uncovered, got '" + status + "'");
        }
        Optional<Category> c = RequestParams.optionalCategory(category);
        if (c.isEmpty() && !status.equals("all")) {
            throw new InvalidInputException("status " + status + " needs a category");
        }
        return new AreaFilter(c, status);
    }

    /** The areas whose {@code C_covered} is what the status asks for; all of them for "all". */
    Layer apply(Layer areas) {
        if (status.equals("all")) {
            return areas;
        }
        Boolean wanted = status.equals("covered");
        int field = areas.findField(category.orElseThrow().id() + "_covered").orElseThrow(
                () -> new InvalidInputException("unknown category '" + category.get().id() + "'"));
        return areas.filter(areas.name(), feature -> wanted.equals(feature.value(field)));
    }
}
