// Busbar's CSMS-initiated commands checked by an independent OCPP-J implementation: two ocpp-rpc charging
// stations in strict mode (1.6 and 2.0.1) validate every CALL Busbar sends them against the official JSON schemas
// bundled in ocpp-rpc, and answer with minimal schema-valid responses. A schema-invalid CALL is refused by
// ocpp-rpc with a CALLERROR (so Busbar's REST call fails) and is also counted here.
//
// Usage: node ocpp-rpc-commands.mjs --url ws://127.0.0.1:8080/ocpp [--prefix CMD]
// Connects <prefix>-16 and <prefix>-201, boots both, prints "READY", then answers calls until stdin closes
// (or 300 s pass); prints one "CALL <identity> <action>" line per received call and finally
// "received N calls, M schema failures". Exit 1 when any schema failure was seen.
import { RPCClient } from 'ocpp-rpc';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
    arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const url = args.url ?? 'ws://127.0.0.1:8080/ocpp';
const prefix = args.prefix ?? 'CMD';
const now = () => new Date().toISOString();

let received = 0;
const schemaFailures = [];

const status = (s) => () => ({ status: s });
const schedule16 = ({ params }) => ({ status: 'Accepted', connectorId: params.connectorId, scheduleStart: now(),
    chargingSchedule: { duration: params.duration, chargingRateUnit: params.chargingRateUnit ?? 'A',
        chargingSchedulePeriod: [{ startPeriod: 0, limit: 32 }] } });
const schedule201 = ({ params }) => ({ status: 'Accepted', schedule: { evseId: params.evseId, duration: params.duration,
    scheduleStart: now(), chargingRateUnit: params.chargingRateUnit ?? 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 32 }] } });

const answers16 = {
    RemoteStartTransaction: status('Accepted'), RemoteStopTransaction: status('Accepted'), Reset: status('Accepted'),
    UnlockConnector: status('Unlocked'), ChangeAvailability: status('Accepted'), ClearCache: status('Accepted'),
    TriggerMessage: status('Accepted'), DataTransfer: status('Accepted'), ReserveNow: status('Accepted'),
    CancelReservation: status('Accepted'), SendLocalList: status('Accepted'), GetLocalListVersion: () => ({ listVersion: 0 }),
    GetCompositeSchedule: schedule16, ChangeConfiguration: status('Accepted'),
    GetConfiguration: ({ params }) => ({ configurationKey: (params.key ?? ['HeartbeatInterval']).map(key => ({ key, readonly: false, value: '300' })) }),
    UpdateFirmware: () => ({}), GetDiagnostics: () => ({ fileName: 'diagnostics.log' }),
    SetChargingProfile: status('Accepted'), ClearChargingProfile: status('Accepted'),
};
const answers201 = {
    RequestStartTransaction: status('Accepted'), RequestStopTransaction: status('Accepted'), Reset: status('Accepted'),
    UnlockConnector: status('Unlocked'), ChangeAvailability: status('Accepted'), ClearCache: status('Accepted'),
    TriggerMessage: status('Accepted'), DataTransfer: status('Accepted'), ReserveNow: status('Accepted'),
    CancelReservation: status('Accepted'), SendLocalList: status('Accepted'), GetLocalListVersion: () => ({ versionNumber: 0 }),
    GetCompositeSchedule: schedule201, SetDisplayMessage: status('Accepted'), GetDisplayMessages: status('Unknown'),
    ClearDisplayMessage: status('Accepted'), GetBaseReport: status('Accepted'), GetReport: status('EmptyResultSet'),
    GetVariables: ({ params }) => ({ getVariableResult: params.getVariableData.map(d => ({ attributeStatus: 'Accepted',
        component: d.component, variable: d.variable, attributeValue: '300' })) }),
    SetVariables: ({ params }) => ({ setVariableResult: params.setVariableData.map(d => ({ attributeStatus: 'Accepted',
        component: d.component, variable: d.variable })) }),
    UpdateFirmware: status('Accepted'), GetLog: () => ({ status: 'Accepted', filename: 'log.txt' }),
    SetChargingProfile: status('Accepted'), ClearChargingProfile: status('Accepted'),
};

function station(identity, protocol, answers) {
    const c = new RPCClient({ endpoint: url, identity, protocols: [protocol], strictMode: true, reconnect: false, callTimeoutMs: 10000 });
    c.on('strictValidationFailure', ({ error, method, isCall, outbound }) => {
        schemaFailures.push(`${identity} ${method} ${outbound ? 'outbound' : 'inbound'} ${isCall ? 'call' : 'response'}: ${error.message}`);
    });
    c.handle(async (call) => {
        received++;
        console.log(`CALL ${identity} ${call.method} ${JSON.stringify(call.params)}`);
        const answer = answers[call.method];
        if (!answer) throw Object.assign(new Error('not implemented'), { rpcErrorCode: 'NotImplemented' });
        return answer(call);
    });
    return c;
}

const cs16 = station(`${prefix}-16`, 'ocpp1.6', answers16);
const cs201 = station(`${prefix}-201`, 'ocpp2.0.1', answers201);
await cs16.connect();
await cs201.connect();
await cs16.call('BootNotification', { chargePointVendor: 'Conformance', chargePointModel: 'ocpp-rpc' });
await cs16.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: now() });
await cs201.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'ocpp-rpc', vendorName: 'Conformance' } });
await cs201.call('StatusNotification', { timestamp: now(), connectorStatus: 'Available', evseId: 1, connectorId: 1 });
console.log('READY');

await new Promise(resolve => {
    process.stdin.on('end', resolve);
    process.stdin.on('close', resolve);
    process.stdin.resume();
    setTimeout(resolve, 300_000).unref();
});
await cs16.close({ force: true });
await cs201.close({ force: true });
for (const failure of schemaFailures) console.log(`SCHEMA ${failure}`);
console.log(`received ${received} calls, ${schemaFailures.length} schema failures`);
process.exit(schemaFailures.length === 0 ? 0 : 1);
