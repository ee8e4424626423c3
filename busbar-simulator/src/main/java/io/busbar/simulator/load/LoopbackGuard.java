package io.busbar.simulator.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Load is only ever generated against this machine unless the operator says otherwise explicitly. */
public final class LoopbackGuard {
    private LoopbackGuard() {
    }

    /** Throws unless every address {@code url}'s host resolves to is a loopback address. */
    public static void requireLoopback(String url) {
        String host = URI.create(url).getHost();
        if (host == null) {
            throw new IllegalArgumentException("No host in " + url);
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("Refusing to load " + host + " (" + address.getHostAddress()
                            + "): not a loopback address. Pass --allow-remote if you own that machine.");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host " + host, e);
        }
    }
}
