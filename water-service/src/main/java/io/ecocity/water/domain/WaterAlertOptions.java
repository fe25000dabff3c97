package io.ecocity.water.domain;

/**
 * @param monthlySampleDeadlineDay the day of the month by which a section must have a sample; the
 *        alert is raised from the following day. Default 20 (a bureau policy, not from the standard).
 *        A day beyond the month's length means its last day.
 */
public record WaterAlertOptions(int monthlySampleDeadlineDay) {

    public WaterAlertOptions {
        if (monthlySampleDeadlineDay < 1 || monthlySampleDeadlineDay > 31) {
            throw new IllegalArgumentException("monthlySampleDeadlineDay must be 1..31");
        }
    }

    public static WaterAlertOptions defaults() {
        return new WaterAlertOptions(20);
    }
}
