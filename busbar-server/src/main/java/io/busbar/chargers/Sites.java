package io.busbar.chargers;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

public interface Sites {
    Site create(String name, String address, ZoneId timeZone);

    Optional<Site> find(SiteId id);

    List<Site> list();
}
