package io.ecocity.gateway.rest;

import io.ecocity.gateway.domain.BulletinFigures;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The annual bulletin: the year's figures as the domain services published them for that "
        + "year, and the same in one paragraph in Chinese and in English.")
public record AnnualBulletin(int year,
        @Schema(description = "whether the air statistics cover the whole year (to 31 December)") boolean complete,
        BulletinFigures figures,
        @Schema(description = "what the domains have not published for the year, so it is left out of the text") List<String> missing,
        String paragraphZh, String paragraphEn) {
}
