package org.lifecircle.io.inputs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.model.InvalidInputException;
import org.lifecircle.model.SourceFeature;

/** Finds an attribute by any of its usual names, English or Chinese, without regard to case. */
final class Columns {

    static final List<String> ID = List.of("id", "编号", "fid_");
    static final List<String> NAME = List.of("name", "name_zh", "名称", "名字", "机构名称", "小区名称", "title");
    static final List<String> CATEGORY = List.of("category", "type", "kind", "类别", "类型", "分类", "设施类型");
    static final List<String> SUBTYPE = List.of("subtype", "子类");
    static final List<String> TIER = List.of("tier", "level", "级别", "层级");
    static final List<String> CAPACITY = List.of("capacity", "beds", "places", "床位", "床位数", "托位", "托位数", "容量");
    static final List<String> POPULATION = List.of("population", "pop", "residents", "人口", "常住人口", "居住人口");
    static final List<String> FLOOR_AREA = List.of("floor_area_m2", "floor_area", "建筑面积");
    static final List<String> AGE_0_2 = List.of("pop_0_2", "age_0_2", "0-2岁", "0-3岁", "0~3岁", "0至3岁", "3岁以下",
            "婴幼儿", "婴幼儿人口");
    static final List<String> AGE_3_5 = List.of("pop_3_5", "age_3_5", "3-5岁", "3-6岁", "3~6岁", "3至6岁", "学龄前儿童",
            "幼儿人口");
    static final List<String> AGE_60_PLUS = List.of("pop_60_plus", "age_60_plus", "60岁以上", "60岁及以上", "60+",
            "老年人口", "老年人");
    static final List<String> INCLUSIVE = List.of("inclusive", "普惠", "普惠性", "是否普惠");
    static final List<String> DISTRICT_CODE = List.of("adcode", "district_code", "code", "区划代码", "行政区划代码");

    private Columns() {
    }

    /** The attribute's actual name in this feature, if any alias is present. */
    static Optional<String> findName(SourceFeature feature, List<String> aliases) {
        Map<String, Object> attributes = feature.attributes();
        for (String alias : aliases) {
            for (String key : attributes.keySet()) {
                if (key.strip().toLowerCase(Locale.ROOT).equals(alias)) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> findText(SourceFeature feature, List<String> aliases) {
        return findName(feature, aliases).flatMap(feature::findText);
    }

    /**
     * A yes/no attribute: true for true, yes, y, 1, 是, 普惠; false for false, no, n, 0, 否, 非普惠 or
     * empty; anything else is an error naming the feature.
     */
    static boolean flag(SourceFeature feature, List<String> aliases) {
        Optional<String> name = findName(feature, aliases);
        Optional<String> text = name.flatMap(feature::findText);
        if (text.isEmpty()) {
            return false;
        }
        String value = text.get().strip().toLowerCase(Locale.ROOT);
        if (List.of("true", "yes", "y", "1", "是", "普惠", "普惠性").contains(value)) {
            return true;
        }
        if (List.of("false", "no", "n", "0", "否", "非普惠").contains(value)) {
            return false;
        }
        throw new InvalidInputException(feature.location() + ": " + name.get() + " '" + text.get()
                + "' is not yes or no (true/false, 是/否)");
    }

    /** A numeric attribute; a present but non-numeric value is an error naming the feature. */
    static Optional<Double> findNumber(SourceFeature feature, List<String> aliases) {
        return findNumber(feature, aliases, Double.MAX_VALUE, "");
    }

    /**
     * A numeric attribute of at most {@code max} (e.g. residents of one area); a larger value is an
     * error naming the feature and what the limit is for ({@code what}, e.g. "residents for one area").
     */
    static Optional<Double> findNumber(SourceFeature feature, List<String> aliases, double max, String what) {
        Optional<String> name = findName(feature, aliases);
        Optional<String> text = name.flatMap(feature::findText);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        double value;
        try {
            value = Double.parseDouble(text.get().replace(",", ""));
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new InvalidInputException(feature.location() + ": " + name.get() + " '" + text.get()
                    + "' is not a number >= 0");
        }
        if (value > max) {
            throw new InvalidInputException(feature.location() + ": " + name.get() + " '" + text.get()
                    + "' is more than " + String.format(Locale.ROOT, "%,.0f", max) + " " + what
                    + "; check the column and its unit");
        }
        return Optional.of(value);
    }
}
