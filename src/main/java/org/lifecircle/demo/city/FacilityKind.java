package org.lifecircle.demo.city;

/**
 * A kind of facility the generator places: the id prefix, the category value written (a value of
 * gis-data/categories.csv), its subtype, the name's ending, how many per million walking nodes
 * (for kinds placed by cell) and its capacity range (0 for none).
 */
enum FacilityKind {
    ELDERLY_DISTRICT("EC", "养老服务中心", "service_centre", "养老服务中心", "district_centre", 0, 150, 300),
    ELDERLY_STREET("EC", "日间照料中心", "day_care", "日间照料中心", "street_station", 0, 30, 60),
    ELDERLY_COMMUNITY("EC", "养老服务站", "service_station", "养老服务站", "community_site", 0, 10, 20),
    CANTEEN("MA", "老年食堂", "canteen", "老年食堂", "", 250, 40, 120),
    NURSERY("NU", "托育机构", "nursery", "托育中心", "", 150, 20, 80),
    KINDERGARTEN("KG", "幼儿园", "kindergarten", "幼儿园", "", 250, 90, 360),
    CONVENIENCE("CV", "便利店", "convenience_store", "便利店", "", 900, 0, 0),
    VEGETABLE_MARKET("VM", "菜市场", "market", "菜市场", "", 120, 0, 0),
    HEALTH_STATION("HS", "社区卫生服务站", "station", "社区卫生服务站", "", 120, 0, 0),
    PHARMACY("PH", "药店", "", "大药房", "", 150, 0, 0),
    FITNESS("FT", "健身广场", "fitness_station", "健身广场", "", 120, 0, 0),
    PARCEL_POINT("PP", "快递驿站", "station", "快递驿站", "", 250, 0, 0),
    HOUSEKEEPING("HK", "家政", "", "家政服务部", "", 60, 0, 0),
    ELDERLY_EDUCATION("EE", "老年学校", "school", "老年学校", "", 60, 0, 0),
    SERVICE_COMPLEX("SC", "社区服务中心", "centre", "社区服务中心", "", 60, 0, 0);

    final String prefix;
    final String categoryValue;
    final String subtype;
    final String nameEnding;
    final String tier;
    final int perMillionNodes;
    final int minCapacity;
    final int maxCapacity;

    FacilityKind(String prefix, String categoryValue, String subtype, String nameEnding, String tier,
                 int perMillionNodes, int minCapacity, int maxCapacity) {
        this.prefix = prefix;
        this.categoryValue = categoryValue;
        this.subtype = subtype;
        this.nameEnding = nameEnding;
        this.tier = tier;
        this.perMillionNodes = perMillionNodes;
        this.minCapacity = minCapacity;
        this.maxCapacity = maxCapacity;
    }

    /** Counted by the elderly-care rule of the default profile (elderly_care and canteen): cleared near planted gaps. */
    boolean servesElderlyCare() {
        return this == ELDERLY_DISTRICT || this == ELDERLY_STREET || this == ELDERLY_COMMUNITY || this == CANTEEN;
    }
}
