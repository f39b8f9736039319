package org.lifecircle.api;

import org.lifecircle.options.OptionType;
import org.lifecircle.options.OptionTypes;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The typed options' parsers as Spring's converters, so that a controller takes a {@code CrsSpec}
 * or a {@code LayerKind} parsed exactly as the command line parses it; a refused value is a 400
 * with the parser's one line (see {@link ApiErrors}).
 */
@Configuration
class OptionConverters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        OptionTypes.ALL.forEach(type -> register(registry, type));
    }

    private static <T> void register(FormatterRegistry registry, OptionType<T> type) {
        registry.addConverter(String.class, type.type(), type::parse);
    }
}
