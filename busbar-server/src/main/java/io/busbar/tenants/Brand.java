package io.busbar.tenants;

/**
 * What drivers see of a tenant in white-label apps, e-mails and receipts. Every field is optional; {@link #name()}
 * falls back to the tenant's name where shown.
 *
 * @param color        {@code #rrggbb}, lower case
 * @param supportEmail where drivers write to
 * @param logoUrl      an {@code https://} URL
 */
public record Brand(String name, String color, String supportEmail, String logoUrl) {
    public static final Brand NONE = new Brand(null, null, null, null);
}
