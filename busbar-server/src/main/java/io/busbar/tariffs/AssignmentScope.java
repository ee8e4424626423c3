package io.busbar.tariffs;

/**
 * What a tariff is assigned to, in resolution order: the first scope with an assignment valid at the instant wins.
 * Targets: EVSE {@code "identity#evseId"}, TOKEN_GROUP the authorization group id, SITE the site uuid, PARTNER the
 * roaming partner's name (a plain string until the roaming module exists).
 */
public enum AssignmentScope {
    EVSE, TOKEN_GROUP, SITE, PARTNER
}
