package org.lifecircle.api;

import java.util.List;
import java.util.Optional;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.service.map.MapViews.AreaView;

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

    List<AreaView> apply(List<AreaView> areas) {
        if (status.equals("all")) {
            return areas;
        }
        boolean wanted = status.equals("covered");
        String id = category.orElseThrow().id();
        return areas.stream().filter(a -> a.categories().get(id) != null && a.categories().get(id).covered() == wanted)
                .toList();
    }
}
