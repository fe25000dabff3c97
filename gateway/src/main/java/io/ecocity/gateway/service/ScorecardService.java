package io.ecocity.gateway.service;

import io.ecocity.gateway.repository.TargetProgressEntity;
import io.ecocity.gateway.rest.ScorecardItem;
import io.ecocity.gateway.rest.ScorecardItem.Scorecard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Every target of every domain for a year, as the domains last reported them. */
@ApplicationScoped
public class ScorecardService {

    private final ViewReader view;

    public ScorecardService(ViewReader view) {
        this.view = view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Scorecard scorecard(int year) {
        List<ScorecardItem> items = TargetProgressEntity.ofYear(year).stream().map(view::scorecardItem).toList();
        return new Scorecard(year, count(items, "ON_TRACK"), count(items, "AT_RISK"), count(items, "OFF_TRACK"),
                count(items, "NOT_ASSESSABLE"), items);
    }

    private static long count(List<ScorecardItem> items, String status) {
        return items.stream().filter(i -> status.equals(i.status())).count();
    }
}
