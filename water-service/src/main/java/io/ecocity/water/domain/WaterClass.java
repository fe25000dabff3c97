package io.ecocity.water.domain;

/** GB 3838 water-quality classes, best first; the declaration order is the ranking. */
public enum WaterClass {
    I("I", "Ⅰ类"),
    II("II", "Ⅱ类"),
    III("III", "Ⅲ类"),
    IV("IV", "Ⅳ类"),
    V("V", "Ⅴ类"),
    WORSE_THAN_V("劣V", "劣Ⅴ类");

    private final String label;
    private final String chineseLabel;

    WaterClass(String label, String chineseLabel) {
        this.label = label;
        this.chineseLabel = chineseLabel;
    }

    /** Short label as used in change descriptions: "IV", "劣V". */
    public String label() {
        return label;
    }

    /** Label as bulletins print it: "Ⅲ类", "劣Ⅴ类". */
    public String chineseLabel() {
        return chineseLabel;
    }

    /** 1 for I … 6 for 劣V, the numbering the standard's users put in code. */
    public int rank() {
        return ordinal() + 1;
    }

    public boolean isWorseThan(WaterClass other) {
        return ordinal() > other.ordinal();
    }

    public boolean isBetterThan(WaterClass other) {
        return ordinal() < other.ordinal();
    }

    public boolean meets(WaterClass target) {
        return !isWorseThan(target);
    }

    /** 水质优良: classes I to III. */
    public boolean isGood() {
        return meets(III);
    }

    public static WaterClass worst(WaterClass a, WaterClass b) {
        return a.isWorseThan(b) ? a : b;
    }

    /** The classes that carry limits in GB 3838 Table 1 (all but 劣V). */
    public static WaterClass[] limitedClasses() {
        return new WaterClass[] {I, II, III, IV, V};
    }
}
