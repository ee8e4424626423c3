package io.busbar.api.publicfeed;

import io.swagger.v3.oas.annotations.media.Schema;
import io.busbar.availability.FeedEvent;
import io.busbar.availability.PriceSummary;
import io.busbar.availability.PublicConnector;
import io.busbar.availability.PublicEvse;
import io.busbar.availability.PublicLocation;
import io.busbar.chargers.GeoPoint;

import java.time.Instant;
import java.util.List;

/** The public feed's JSON: OCPI-like names, powers in watts, no internal ids beyond the charger identity. */
public final class PublicFeedDtos {
    static final String TAG = "Public availability";

    private PublicFeedDtos() {
    }

    public record Coordinates(double latitude, double longitude) {
        public static Coordinates of(GeoPoint point) {
            return point == null ? null : new Coordinates(point.latitude(), point.longitude());
        }
    }

    public record Price(String tariffId, String currency, String text) {
        public static Price of(PriceSummary price) {
            return price == null ? null
                    : new Price(price.tariff().value(), price.currency().getCurrencyCode(), price.text());
        }
    }

    public record Connector(int connectorId, String status, String connectorType, Long maxPowerW) {
        public static Connector of(PublicConnector connector) {
            return new Connector(connector.connectorId(), connector.status().name(),
                    connector.type() == null ? null : connector.type().literal(),
                    connector.maxPower() == null ? null : connector.maxPower().watts());
        }
    }

    /** @param uid the EVSE's public id, {@code <chargerId>*<evseId>} */
    public record Evse(String uid, String chargerId, int evseId, String status, Long maxPowerW, List<String> connectorTypes,
                List<Connector> connectors, Price price, Instant lastUpdated) {
        public static Evse of(PublicEvse evse) {
            return new Evse(evse.charger().value() + "*" + evse.evseId(), evse.charger().value(), evse.evseId(),
                    evse.status().name(), evse.maxPower() == null ? null : evse.maxPower().watts(),
                    evse.connectors().stream().filter(c -> c.type() != null).map(c -> c.type().literal()).distinct()
                            .toList(),
                    evse.connectors().stream().map(Connector::of).toList(), Price.of(evse.price()), evse.at());
        }
    }

    @Schema(name = "PublicLocation")

    public record Location(String id, String name, String address, Coordinates coordinates, String timeZone,
                    Long distanceMetres, Instant lastUpdated, List<Evse> evses) {
        public static Location of(PublicLocation location) {
            return new Location(location.id().toString(), location.name(), location.address(),
                    Coordinates.of(location.coordinates()), location.timeZone().getId(), location.distanceMetres(),
                    location.lastUpdated(), location.evses().stream().map(Evse::of).toList());
        }
    }

    public record Locations(List<Location> items) {
        public static Locations of(List<PublicLocation> locations) {
            return new Locations(locations.stream().map(Location::of).toList());
        }
    }

    /** The data of an {@code evse} event: the EVSE as it is now, and where. */
    public record EvseEvent(String locationId, String uid, String chargerId, int evseId, String status, Long maxPowerW,
                     List<Connector> connectors, Price price, Instant at) {
        public static EvseEvent of(FeedEvent.EvseChanged changed) {
            Evse evse = Evse.of(changed.evse());
            return new EvseEvent(changed.location().toString(), evse.uid(), evse.chargerId(), evse.evseId(),
                    evse.status(), evse.maxPowerW(), evse.connectors(), evse.price(), evse.lastUpdated());
        }
    }

    public static final String LOCATION_EXAMPLE = """
            {"id": "5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44", "name": "Harbour car park",
             "address": "Kade 12, 1011 AB Amsterdam", "coordinates": {"latitude": 52.37712, "longitude": 4.90123},
             "timeZone": "Europe/Amsterdam", "distanceMetres": 420, "lastUpdated": "2026-11-27T08:00:01Z",
             "evses": [{"uid": "CP-0042*1", "chargerId": "CP-0042", "evseId": 1, "status": "AVAILABLE",
               "maxPowerW": 22000, "connectorTypes": ["IEC_62196_T2"],
               "connectors": [{"connectorId": 1, "status": "AVAILABLE", "connectorType": "IEC_62196_T2",
                 "maxPowerW": 22000}],
               "price": {"tariffId": "standard-ac", "currency": "EUR", "text": "0.39 EUR/kWh + 19% VAT"},
               "lastUpdated": "2026-11-27T08:00:01Z"},
              {"uid": "CP-0043*1", "chargerId": "CP-0043", "evseId": 1, "status": "UNKNOWN", "maxPowerW": 22000,
               "connectorTypes": ["IEC_62196_T2"],
               "connectors": [{"connectorId": 1, "status": "UNKNOWN", "connectorType": "IEC_62196_T2",
                 "maxPowerW": 22000}],
               "lastUpdated": "2026-11-27T07:59:12Z"}]}""";
    public static final String LOCATIONS_EXAMPLE = "{\"items\": [" + LOCATION_EXAMPLE + "]}";
    static final String STREAM_EXAMPLE = """
            retry: 2000
            : connected

            id: 1795852800000042
            event: evse
            data: {"locationId":"5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44","uid":"CP-0042*1","chargerId":"CP-0042",\
            "evseId":1,"status":"UNKNOWN","maxPowerW":22000,"connectors":[{"connectorId":1,"status":"UNKNOWN",\
            "connectorType":"IEC_62196_T2","maxPowerW":22000}],"at":"2026-11-27T08:00:01.204Z"}

            : keep-alive
            """;
}
