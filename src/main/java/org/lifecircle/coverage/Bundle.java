package org.lifecircle.coverage;

import java.util.List;
import java.util.OptionalDouble;
import org.lifecircle.model.Category;
import org.lifecircle.model.InvalidInputException;

/**
 * A set of a profile's rules that an area should have all within reach: the basic shop set of a
 * 一刻钟便民生活圈, the "1+N" community facilities. An area's bundle is <em>complete</em> when the
 * area is covered for every member; the missing members are listed.
 *
 * @param id the bundle's id (outputs: {@code convenience_circle_complete})
 * @param display its names
 * @param members the rule ids it holds, in order
 * @param targetPct the share of residents that should live in complete areas; empty: none
 * @param basis where the bundle comes from
 */
public record Bundle(Category id, CategoryDisplay display, List<Category> members, OptionalDouble targetPct,
                     String basis) {

    public Bundle {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new InvalidInputException("bundle " + id.id() + " has no members");
        }
        if (targetPct.isPresent() && !(targetPct.getAsDouble() >= 0 && targetPct.getAsDouble() <= 100)) {
            throw new InvalidInputException("bundle " + id.id() + ": target must be a percentage 0..100, got "
                    + targetPct.getAsDouble());
        }
    }
}
