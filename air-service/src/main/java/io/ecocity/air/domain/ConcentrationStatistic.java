package io.ecocity.air.domain;

public enum ConcentrationStatistic {
    /** Mean of the hourly values labelled 01:00 … 24:00 of a Beijing natural day (日均值). */
    DAILY_MEAN,
    /** Mean of the 8 hourly values ending at an hour (8小时滑动平均). */
    EIGHT_HOUR_MOVING_AVERAGE,
    /** Maximum of the day's 8-hour moving averages (日最大8小时平均). */
    DAILY_MAX_EIGHT_HOUR,
    /** Maximum of the day's hourly values (日最大1小时平均). */
    DAILY_MAX_ONE_HOUR,
    /** Mean of the 24 hourly values ending at an hour (24小时滑动平均, HJ 633-2012 real-time report). */
    TWENTY_FOUR_HOUR_MOVING_AVERAGE
}
