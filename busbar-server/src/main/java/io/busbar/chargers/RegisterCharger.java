package io.busbar.chargers;

/** Register a charger ahead of its first connection. A registered charger is ACCEPTED. */
public record RegisterCharger(ChargerIdentity identity, String password, SiteId siteId, String label) {
    @Override
    public String toString() {
        return "RegisterCharger[identity=" + identity + ", password=" + (password == null ? "none" : "***")
                + ", siteId=" + siteId + ", label=" + label + "]";
    }
}
