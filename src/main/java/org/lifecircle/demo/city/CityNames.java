package org.lifecircle.demo.city;

/**
 * Names for the generated city's units, roads and compounds, made from an index: two syllable
 * lists give 1,560 pairs, a third syllable 17,160 names, so units and roads have names of their
 * own; compounds (48,505 at the default size) repeat names beyond that, as real cities do, and are
 * told apart by id. They sound like Tianjin names but belong to no real place.
 */
final class CityNames {

    private static final String FIRST = "安宝昌崇达德东丰福广和恒华嘉建锦静康乐隆明南宁平庆瑞顺泰天同文武祥新兴阳怡永裕泽";
    private static final String SECOND = "滨城川春港光海河湖华佳景丽林龙美清泉荣山盛水顺泰桐湾旺溪霞祥秀阳园月云泽洲庄竹";
    private static final String THIRD = "北南东西中上下前后新";
    private static final String[] AREA_SUFFIXES = {"花园", "小区", "里", "新村", "家园", "公寓", "苑", "华庭"};

    private CityNames() {
    }

    /** Two (or three) syllables for the index; unique for indexes below 17,160. */
    static String syllables(int index) {
        int n = FIRST.length();
        StringBuilder name = new StringBuilder(3).append(FIRST.charAt(index % n))
                .append(SECOND.charAt((index / n) % SECOND.length()));
        int third = index / (n * SECOND.length());
        if (third > 0) {
            name.append(THIRD.charAt((third - 1) % THIRD.length()));
        }
        return name.toString();
    }

    static String district(int index) {
        return syllables(index * 37 + 11) + "区";
    }

    static String street(int index) {
        return syllables(index * 13 + 5) + "街道";
    }

    static String community(int index) {
        return syllables(index) + "社区";
    }

    /** East-west roads are 道 and north-south roads 路, as in central Tianjin. */
    static String road(int line, boolean eastWest) {
        return syllables(line * 7 + (eastWest ? 3 : 900)) + (eastWest ? "道" : "路");
    }

    static String area(int index) {
        return syllables(index) + AREA_SUFFIXES[(index / 1600) % AREA_SUFFIXES.length];
    }
}
