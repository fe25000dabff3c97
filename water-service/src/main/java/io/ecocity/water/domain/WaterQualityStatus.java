package io.ecocity.water.domain;

import java.util.Arrays;

/** Qualitative status of a section or river system (2011 evaluation method). */
public enum WaterQualityStatus {
    EXCELLENT("优"),
    GOOD("良好"),
    LIGHTLY_POLLUTED("轻度污染"),
    MODERATELY_POLLUTED("中度污染"),
    HEAVILY_POLLUTED("重度污染");

    private final String chineseName;

    WaterQualityStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static WaterQualityStatus fromChineseName(String name) {
        return Arrays.stream(values())
                .filter(status -> status.chineseName.equals(name.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown water quality status: " + name));
    }
}
