package io.ecocity.logger.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class LoggerDeviceRepository implements PanacheRepositoryBase<LoggerDeviceEntity, String> {

    /** Devices in MN order after {@code afterMn} (exclusive), for cursor paging on the primary key. */
    public List<LoggerDeviceEntity> pageAfter(String afterMn, int limit) {
        return afterMn == null
                ? find("order by mn").page(0, limit).list()
                : find("mn > ?1 order by mn", afterMn).page(0, limit).list();
    }
}
