package io.busbar.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mapTiles    URL template of the overview map's tile layer ({z}/{x}/{y}); empty = markers on a plain
 *                    background (closed networks, tests)
 * @param mapAttribution the attribution the tile provider asks for
 * @param refresh     how often live parts of the console (counts, load, session progress) are refreshed
 */
@ConfigurationProperties("busbar.console")
public record ConsoleProperties(String mapTiles, String mapAttribution, java.time.Duration refresh) {
    public ConsoleProperties {
        mapTiles = mapTiles == null ? "" : mapTiles.strip();
        mapAttribution = mapAttribution == null ? "" : mapAttribution;
        refresh = refresh == null || refresh.isNegative() || refresh.isZero() ? java.time.Duration.ofSeconds(2) : refresh;
    }
}
