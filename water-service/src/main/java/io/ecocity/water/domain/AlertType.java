package io.ecocity.water.domain;

public enum AlertType {
    /** A sample's class is worse than the section's target class. */
    WORSE_THAN_TARGET,
    /** DO below the limit of the section's target class (the 沙田泗盛 problem). */
    DISSOLVED_OXYGEN_BELOW_TARGET,
    /** No sample in the month by the configured day. */
    MISSING_MONTHLY_SAMPLE
}
