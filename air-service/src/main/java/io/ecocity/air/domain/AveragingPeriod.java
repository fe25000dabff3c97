package io.ecocity.air.domain;

public enum AveragingPeriod {
    ONE_HOUR,
    EIGHT_HOURS,
    TWENTY_FOUR_HOURS
}
