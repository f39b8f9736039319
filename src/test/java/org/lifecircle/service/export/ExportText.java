package org.lifecircle.service.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lifecircle.model.Category;
import org.lifecircle.options.Defaults;
import org.lifecircle.options.OptionTypes;

/**
 * An export as a user words it (the command line's and the API's text), parsed by the same
 * option types the front ends use when {@link #request()} is called: tests write exports as
 * users do and see the parsers' errors where the front ends would.
 */
record ExportText(String dataset, String layer, String format, String crs, String encoding, String form,
                  Optional<Category> category, List<Double> bands, OptionalDouble speed, boolean wkt, Path out) {

    static ExportText of(String layer, String format, Path out) {
        return new ExportText("", layer, format, Defaults.CRS_TEXT, Defaults.ENCODING_TEXT, Defaults.FORM_TEXT,
                Optional.empty(), List.of(), OptionalDouble.empty(), Defaults.CSV_WKT, out);
    }

    ExportText withDataset(String name) {
        return new ExportText(name, layer, format, crs, encoding, form, category, bands, speed, wkt, out);
    }

    ExportText withCrs(String value) {
        return new ExportText(dataset, layer, format, value, encoding, form, category, bands, speed, wkt, out);
    }

    ExportText withEncoding(String value) {
        return new ExportText(dataset, layer, format, crs, value, form, category, bands, speed, wkt, out);
    }

    ExportText withCatchments(String formValue, Optional<Category> only) {
        return new ExportText(dataset, layer, format, crs, encoding, formValue, only, bands, speed, wkt, out);
    }

    ExportText withBands(List<Double> minutes, OptionalDouble metersPerSecond) {
        return new ExportText(dataset, layer, format, crs, encoding, form, category, minutes, metersPerSecond, wkt, out);
    }

    ExportText withWkt(boolean value) {
        return new ExportText(dataset, layer, format, crs, encoding, form, category, bands, speed, value, out);
    }

    /** The typed request, each value through its option type's parser. */
    ExportRequest request() {
        return ExportRequest.ofStoredRun(dataset, Optional.empty(), OptionTypes.LAYER.parse(layer),
                OptionTypes.FORMAT.parse(format), out).withCrs(OptionTypes.OUTPUT_CRS.parse(crs))
                .withEncoding(OptionTypes.ENCODING.parse(encoding)).withWkt(wkt)
                .withCatchments(CatchmentRequest.defaults().with(OptionTypes.FORM.parse(form), category)
                        .withBands(bands, speed));
    }
}
