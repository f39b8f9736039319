package org.lifecircle.options;

import java.nio.charset.Charset;
import java.util.List;
import org.lifecircle.catchment.CatchmentForm;
import org.lifecircle.crs.CrsSpec;
import org.lifecircle.crs.FileWithCrs;
import org.lifecircle.io.export.ExportFormat;
import org.lifecircle.io.export.ExportOptions;
import org.lifecircle.model.Category;
import org.lifecircle.model.FacilityReplacement;
import org.lifecircle.results.LayerKind;
import org.lifecircle.units.UnitFile;
import org.lifecircle.units.UnitLevel;

/**
 * Every typed option and its parser. A CRS is written the same for inputs and outputs
 * ({@link CrsSpec}): after a file name ({@code facilities.csv@gcj02}) or as an output's system
 * ({@code --crs epsg:4548}, {@code crs=gk-auto}).
 */
public final class OptionTypes {

    public static final OptionType<CrsSpec> OUTPUT_CRS = new OptionType<>(CrsSpec.class, CrsSpec::parseOutput);
    public static final OptionType<FileWithCrs> FILE_WITH_CRS = new OptionType<>(FileWithCrs.class, FileWithCrs::parse);
    public static final OptionType<LayerKind> LAYER = new OptionType<>(LayerKind.class, LayerKind::parse);
    public static final OptionType<ExportFormat> FORMAT = new OptionType<>(ExportFormat.class, ExportFormat::parse);
    public static final OptionType<Charset> ENCODING = new OptionType<>(Charset.class, ExportOptions::parseEncoding);
    public static final OptionType<CatchmentForm> FORM = new OptionType<>(CatchmentForm.class, CatchmentForm::parse);
    public static final OptionType<Category> CATEGORY = new OptionType<>(Category.class, Category::of);
    public static final OptionType<org.lifecircle.plan.SolverChoice> SOLVER = new OptionType<>(
            org.lifecircle.plan.SolverChoice.class, org.lifecircle.plan.SolverChoice::parse);
    public static final OptionType<FacilityReplacement> FACILITY_REPLACEMENT = new OptionType<>(
            FacilityReplacement.class, FacilityReplacement::parse);

    public static final OptionType<UnitFile> UNIT_FILE = new OptionType<>(UnitFile.class, UnitFile::parse);
    public static final OptionType<UnitLevel> UNIT_LEVEL = new OptionType<>(UnitLevel.class, UnitLevel::parse);

    /** All of them, for the front ends to register. */
    public static final List<OptionType<?>> ALL = List.of(OUTPUT_CRS, FILE_WITH_CRS, LAYER, FORMAT, ENCODING, FORM,
            CATEGORY, FACILITY_REPLACEMENT, UNIT_FILE, UNIT_LEVEL, SOLVER);

    private OptionTypes() {
    }
}
