package org.lifecircle.results;

import java.util.ArrayList;
import java.util.List;
import org.lifecircle.coverage.Bundle;
import org.lifecircle.coverage.PolicyProfile;
import org.lifecircle.model.Category;

/**
 * The fields of the run layers: names (the output contract of coverage.csv and districts.csv,
 * which README documents), Chinese labels, units and rounding, in one place.
 */
final class RunFields {

    static final String COVERED_SUFFIX = "_covered";

    private RunFields() {
    }

    static List<LayerField> facilityFields() {
        return List.of(LayerField.text("id", "设施编号"), LayerField.text("name", "设施名称"),
                LayerField.text("category", "设施类别"), LayerField.text("subtype", "设施子类"),
                LayerField.text("tier", "养老设施层级"), LayerField.integer("capacity", "床位或托位数", "places"),
                LayerField.text("source", "数据来源"));
    }

    /** coverage.csv: the area, then per category distance, nearest facility and covered. */
    static List<LayerField> areaFields(PolicyProfile profile) {
        List<LayerField> fields = new ArrayList<>(List.of(LayerField.integer("area_id", "区域序号", ""),
                LayerField.text("source_id", "来源编号"), LayerField.text("name", "小区名称"),
                LayerField.text("district_code", "行政区代码"), LayerField.text("district_name", "行政区名称"),
                LayerField.integer("population", "人口", "residents"), LayerField.text("population_source", "人口来源"),
                LayerField.integer("pop_0_2", "0-2岁人口", "residents"), LayerField.integer("pop_3_5", "3-5岁人口", "residents"),
                LayerField.integer("pop_60_plus", "60岁以上人口", "residents"), LayerField.text("ages_source", "年龄结构来源")));
        for (Category c : profile.categories()) {
            String label = profile.display(c).label();
            fields.add(LayerField.real(c.id() + "_distance_m", "最近" + label + "步行距离（米）", "m", 1));
            fields.add(LayerField.text(c.id() + "_facility_id", "最近" + label + "编号"));
            fields.add(LayerField.text(c.id() + "_facility_name", "最近" + label + "名称"));
            fields.add(LayerField.bool(c.id() + COVERED_SUFFIX, label + "是否覆盖"));
            fields.add(LayerField.integer(c.id() + "_demand", label + "服务对象人数", "residents"));
            fields.add(LayerField.real(c.id() + "_access_per_1000", label + "可达供给（每千服务对象）", "places/1000", 2));
            fields.add(LayerField.integer(c.id() + "_served", label + "获得服务人数", "residents"));
        }
        for (Bundle b : profile.bundles()) {
            fields.add(LayerField.bool(b.id().id() + "_complete", b.display().label() + "是否齐全"));
            fields.add(LayerField.text(b.id().id() + "_missing", b.display().label() + "缺少项"));
        }
        return fields;
    }

    /**
     * districts.csv: one row per district and category; with community-share targets in the
     * profile, their figures at the end (empty for the rules without one).
     */
    static List<LayerField> districtRowFields(PolicyProfile profile) {
        List<LayerField> fields = new ArrayList<>(districtRowFields());
        if (!profile.communityShareRules().isEmpty()) {
            fields.addAll(communityShareFields("", ""));
        }
        return fields;
    }

    private static List<LayerField> districtRowFields() {
        return List.of(LayerField.text("district_code", "行政区代码"), LayerField.text("district_name", "行政区名称"),
                LayerField.text("category", "设施类别"), LayerField.text("status", "评估状态"),
                LayerField.integer("areas", "小区数", "areas"),
                LayerField.integer("areas_covered", "覆盖小区数", "areas"),
                LayerField.integer("population", "人口", "residents"),
                LayerField.integer("population_covered", "覆盖人口", "residents"),
                LayerField.real("coverage_pct", "覆盖率（%）", "%", 1),
                LayerField.real("target_pct", "目标覆盖率（%）", "%", 1), LayerField.bool("pass", "是否达标"),
                LayerField.integer("demand", "服务对象人数", "residents"),
                LayerField.integer("demand_covered", "覆盖服务对象人数", "residents"),
                LayerField.integer("capacity", "床位、托位或座位数", "places"),
                LayerField.real("capacity_per_1000", "每千人口床位、托位或座位数", "places/1000", 2),
                LayerField.real("capacity_target_per_1000", "每千人口目标", "places/1000", 2),
                LayerField.bool("capacity_pass", "每千人口是否达标"),
                LayerField.integer("demand_served", "获得服务人数", "residents"));
    }

    /** The districts layer: a district's boundary with every category's figures as columns. */
    static List<LayerField> districtFields(PolicyProfile profile) {
        List<LayerField> fields = new ArrayList<>(List.of(LayerField.text("district_code", "行政区代码"),
                LayerField.text("district_name", "行政区名称"), LayerField.text("status", "评估状态"),
                LayerField.integer("areas", "小区数", "areas"), LayerField.integer("population", "人口", "residents")));
        fields.addAll(figureFields(profile));
        return fields;
    }

    /**
     * units.csv: a unit of any level with its parent, then every category's figures as in the
     * districts layer, then the community shares of the rules with a community-share target.
     */
    static List<LayerField> unitFields(PolicyProfile profile) {
        List<LayerField> fields = new ArrayList<>(List.of(LayerField.text("level", "层级"),
                LayerField.text("code", "单元代码"), LayerField.text("name", "单元名称"),
                LayerField.text("parent_code", "上级单元代码"), LayerField.text("status", "评估状态"),
                LayerField.integer("areas", "小区数", "areas"),
                LayerField.integer("population", "人口", "residents")));
        fields.addAll(figureFields(profile));
        for (Category c : profile.communityShareRules().keySet()) {
            fields.addAll(communityShareFields(c.id() + "_", profile.display(c).label()));
        }
        return fields;
    }

    /** tiers.csv: whether a unit has the facilities of the tier its level needs (and, when checked, their walk). */
    static List<LayerField> tierFields() {
        return List.of(LayerField.text("level", "层级"), LayerField.text("code", "单元代码"),
                LayerField.text("name", "单元名称"), LayerField.text("category", "设施类别"),
                LayerField.text("required_tier", "应配设施层级"), LayerField.integer("required_count", "应配数量", "facilities"),
                LayerField.integer("facilities_of_tier", "该层级设施数", "facilities"),
                LayerField.text("check", "检查方式"), LayerField.real("walk_min_pct", "步行范围内居民应达比例（%）", "%", 1),
                LayerField.real("residents_within_walk_pct", "该层级设施步行范围内居民比例（%）", "%", 1),
                LayerField.bool("present", "是否配置"), LayerField.text("status", "评估状态"));
    }

    /** The community-share figures of one rule, as units.csv's columns ({@code prefix} the rule's id and "_") or a table's. */
    static List<LayerField> communityShareFields(String prefix, String label) {
        return List.of(LayerField.integer(prefix + "communities", label + "社区数", "communities"),
                LayerField.integer(prefix + "communities_served", label + "已服务社区数", "communities"),
                LayerField.real(prefix + "community_share_pct", label + "社区覆盖率（%）", "%", 1),
                LayerField.real(prefix + "community_share_target_pct", label + "目标社区覆盖率（%）", "%", 1),
                LayerField.bool(prefix + "community_share_pass", label + "社区覆盖率是否达标"));
    }

    /** The community-share table: overall, then every unit, per rule with a community-share target. */
    static List<LayerField> communityShareTableFields() {
        List<LayerField> fields = new ArrayList<>(List.of(LayerField.text("level", "层级"),
                LayerField.text("code", "单元代码"), LayerField.text("name", "单元名称"),
                LayerField.text("category", "设施类别"), LayerField.text("served_by", "社区服务判定")));
        fields.addAll(communityShareFields("", ""));
        return fields;
    }

    /** Per category and bundle, the figures of a district or unit. */
    private static List<LayerField> figureFields(PolicyProfile profile) {
        List<LayerField> fields = new ArrayList<>();
        for (Category c : profile.categories()) {
            String label = profile.display(c).label();
            fields.add(LayerField.integer(c.id() + "_areas_covered", label + "覆盖小区数", "areas"));
            fields.add(LayerField.integer(c.id() + "_population_covered", label + "覆盖人口", "residents"));
            fields.add(LayerField.real(c.id() + "_coverage_pct", label + "覆盖率（%）", "%", 1));
            fields.add(LayerField.real(c.id() + "_target_pct", label + "目标覆盖率（%）", "%", 1));
            fields.add(LayerField.bool(c.id() + "_pass", label + "是否达标"));
            fields.add(LayerField.real(c.id() + "_capacity_per_1000", label + "每千人口床位、托位或座位数", "places/1000", 2));
            fields.add(LayerField.bool(c.id() + "_capacity_pass", label + "每千人口是否达标"));
            fields.add(LayerField.integer(c.id() + "_demand_served", label + "获得服务人数", "residents"));
        }
        for (Bundle b : profile.bundles()) {
            fields.add(LayerField.real(b.id().id() + "_coverage_pct", b.display().label() + "齐全人口比例（%）", "%", 1));
            fields.add(LayerField.bool(b.id().id() + "_pass", b.display().label() + "是否达标"));
        }
        return fields;
    }
}
