package org.lifecircle.options;

import java.util.function.Function;

/**
 * A kind of option value with its one parser: what a user types (on the command line or in a
 * query parameter) turned into a typed value, or a one-line error saying what is accepted. The
 * command line and the server register the same parsers ({@link OptionTypes#ALL}), so a value
 * means the same and fails the same in both.
 *
 * @param type the value's class
 * @param parser text to value; throws {@link org.lifecircle.model.InvalidInputException}
 */
public record OptionType<T>(Class<T> type, Function<String, T> parser) {

    public T parse(String text) {
        return parser.apply(text);
    }
}
