package io.busbar.availability.internal;

/** A connector of one charger: EVSE id and connector id (both from 1). */
record ConnectorKey(int evseId, int connectorId) {
}
