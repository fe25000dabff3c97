package io.ecocity.waste.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The named quantities of the monthly waste report, all in tonnes for the reporting period.
 *
 * <p>Naming scheme: {@code <stream>.<field>}, both camelCase, e.g. {@code industrialSolid.generated}.
 * The stream prefix keeps equally named fields ({@code generated}, {@code disposed}) apart, and the
 * same key is used in the monthly-report JSON, in the catalogue formulas and in stored sums.
 *
 * <p>Household waste: {@code collected} is the sanitation collection (清运量). Recyclables taken by the
 * recycling network ({@code recycled}, 可回收物回收量) are not part of it, which is why the resource
 * utilisation formula of docs/standards/rules.md §5.1 adds the two. Industrial solid waste: {@code utilised} is the
 * statistical 综合利用量 and includes {@code utilisedFromStorage} (综合利用往年贮存量).
 */
public enum WasteQuantity {
    INDUSTRIAL_SOLID_GENERATED("industrialSolid.generated", "一般工业固体废物产生量"),
    INDUSTRIAL_SOLID_UTILISED("industrialSolid.utilised", "一般工业固体废物综合利用量"),
    INDUSTRIAL_SOLID_UTILISED_FROM_STORAGE("industrialSolid.utilisedFromStorage", "综合利用往年贮存量"),
    INDUSTRIAL_SOLID_DISPOSED("industrialSolid.disposed", "一般工业固体废物处置量"),
    INDUSTRIAL_SOLID_STORED("industrialSolid.stored", "一般工业固体废物贮存量"),

    HOUSEHOLD_COLLECTED("household.collected", "生活垃圾清运量"),
    HOUSEHOLD_RECYCLED("household.recycled", "可回收物回收量"),
    HOUSEHOLD_INCINERATED("household.incinerated", "焚烧处理量"),
    HOUSEHOLD_FOOD_WASTE_TREATED("household.foodWasteTreated", "厨余垃圾处理量"),
    HOUSEHOLD_LANDFILLED("household.landfilled", "卫生填埋量"),

    CONSTRUCTION_GENERATED("construction.generated", "建筑垃圾产生量"),
    CONSTRUCTION_RESOURCE_UTILISED("construction.resourceUtilised", "建筑垃圾资源化利用量"),

    AGRICULTURAL_STRAW_COLLECTIBLE("agricultural.strawCollectible", "秸秆可收集资源量"),
    AGRICULTURAL_STRAW_UTILISED("agricultural.strawUtilised", "秸秆综合利用量"),
    AGRICULTURAL_MANURE_GENERATED("agricultural.manureGenerated", "畜禽粪污产生量"),
    AGRICULTURAL_MANURE_UTILISED("agricultural.manureUtilised", "畜禽粪污综合利用量"),

    MEDICAL_GENERATED("medical.generated", "医疗废物产生量"),
    MEDICAL_DISPOSED("medical.disposed", "医疗废物处置量"),

    HAZARDOUS_GENERATED("hazardous.generated", "危险废物产生量"),
    HAZARDOUS_UTILISED("hazardous.utilised", "危险废物利用量"),
    HAZARDOUS_DISPOSED("hazardous.disposed", "危险废物处置量");

    private static final Map<String, WasteQuantity> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(WasteQuantity::key, Function.identity()));

    private final String key;
    private final String nameZh;

    WasteQuantity(String key, String nameZh) {
        this.key = key;
        this.nameZh = nameZh;
    }

    public String key() {
        return key;
    }

    public String nameZh() {
        return nameZh;
    }

    public static Optional<WasteQuantity> fromKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The stream part of the key: {@code household} of {@code household.collected}. */
    public String stream() {
        return streamOf(key);
    }

    /** The stream part of any key (the text before the first '.'), whether or not the key is known. */
    public static String streamOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The streams, in declaration order: industrialSolid, household, construction, agricultural, medical, hazardous. */
    public static List<String> streams() {
        return STREAMS;
    }

    /** The keys of one stream, in declaration order; empty for an unknown stream. */
    public static List<String> keysOf(String stream) {
        return Arrays.stream(values()).filter(quantity -> quantity.stream().equals(stream)).map(WasteQuantity::key).toList();
    }

    private static final List<String> STREAMS = Arrays.stream(values()).map(WasteQuantity::stream).distinct().toList();
}
