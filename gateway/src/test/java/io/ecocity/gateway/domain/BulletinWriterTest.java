package io.ecocity.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulletin's paragraphs from hand-made figures; plain Java, nothing else involved. */
class BulletinWriterTest {

    private static BigDecimal n(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static BulletinFigures.Air air(LocalDate to, String composite, String compositeChange, String pm25,
            String pm25Change, String goodDays, String goodDaysChange) {
        return new BulletinFigures.Air(LocalDate.of(to.getYear(), 1, 1), to, n(composite), null, n(compositeChange),
                n(pm25), null, n(pm25Change), n(goodDays), n(goodDaysChange), 2);
    }

    @Test
    void theSeedYearReadsAsTheBureauWritesIt() {
        BulletinFigures figures = new BulletinFigures(2022,
                air(LocalDate.of(2022, 12, 31), "3.290", "1.80", "20.0", "9.1", "90.4", "0"),
                new BulletinFigures.Water("2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), 9, n("66.7"),
                        null, List.of(new BulletinFigures.Section("W1", "共和村"), new BulletinFigures.Section("W2", "樟村"))),
                List.of(new BulletinFigures.ZeroWaste("HHT", "生活垃圾无害化处理率", "Household waste harmless treatment rate",
                        "2022", n("100.00"), "%")));
        assertEquals("2022年全年空气质量综合指数3.29、同比改善1.8%，PM2.5浓度20微克/立方米、同比改善9.1%，"
                + "空气质量优良天数比例90.4%、与上年持平；9个考核断面水质优良比例66.7%，共和村、樟村断面水质同比改善；"
                + "“无废城市”建设方面，生活垃圾无害化处理率100%。", BulletinWriter.chinese(figures));
        assertEquals("In 2022, the ambient air quality composite index was 3.29, 1.8% better than the year before; "
                + "PM2.5 averaged 20 µg/m³, 9.1% better than the year before; air quality was good on 90.4% of days, "
                + "the same as the year before. Of the 9 assessed water sections, 66.7% were of good quality "
                + "(class I–III); 共和村 and 樟村 have improved on the year before. Zero-waste city: household waste "
                + "harmless treatment rate 100%.", BulletinWriter.english(figures));
    }

    @Test
    void aWorseYearAPartYearAndMissingFiguresAreWrittenAsSuch() {
        BulletinFigures figures = new BulletinFigures(2026,
                air(LocalDate.of(2026, 6, 30), "3.5", "-2.4", null, null, "85", "-3.5"), null,
                List.of(new BulletinFigures.ZeroWaste("X", "某率", "Some rate", "ytd", null, "%")));
        assertEquals("2026年1月1日至6月30日空气质量综合指数3.5、同比恶化2.4%，空气质量优良天数比例85%、同比下降3.5个百分点。",
                BulletinWriter.chinese(figures));
        assertEquals("From 2026-01-01 to 2026-06-30, the ambient air quality composite index was 3.5, 2.4% worse "
                + "than the year before; air quality was good on 85% of days, down 3.5 percentage points.",
                BulletinWriter.english(figures));
    }

    @Test
    void aYearWithoutFiguresSaysSoInsteadOfWritingZeros() {
        BulletinFigures empty = new BulletinFigures(2019, null, null, List.of());
        assertEquals("2019年尚无可发布的数据。", BulletinWriter.chinese(empty));
        assertEquals("No figures have been published for 2019 yet.", BulletinWriter.english(empty));
    }
}
