// OCPP conformance checks of Busbar with an independent OCPP-J implementation: ocpp-rpc in strict mode
// validates every request we send and every response Busbar returns against the official JSON schemas
// bundled in ocpp-rpc. Any schema failure on either side fails the run.
//
// Usage: node ocpp-rpc-conformance.mjs --url ws://127.0.0.1:8080/ocpp --token TOKEN [--prefix RPC]
// The identities <prefix>-201 and <prefix>-16 must be admitted and accepted at boot (e.g. unknown-chargers=accept),
// and TOKEN must be a valid id token. Prints one line per check and "N passed, N failed" last; exit 1 on any failure.
import { RPCClient } from 'ocpp-rpc';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
    arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const url = args.url ?? 'ws://127.0.0.1:8080/ocpp';
const token = args.token ?? 'CONFORMANCE-TOKEN';
const prefix = args.prefix ?? 'RPC';

let passed = 0;
let failed = 0;
const schemaFailures = [];

async function check(name, body) {
    try {
        await body();
        passed++;
        console.log(`PASS ${name}`);
    } catch (e) {
        failed++;
        console.log(`FAIL ${name}: ${e.message}${e.code ? ' (' + e.code + ')' : ''}`);
    }
}

function expect(condition, message) {
    if (!condition) throw new Error(message);
}

async function expectRpcError(promise, code) {
    try {
        await promise;
    } catch (e) {
        expect(e.rpcErrorCode === code || e.code === code, `expected ${code}, got ${e.rpcErrorCode ?? e.code ?? e.message}`);
        return;
    }
    throw new Error(`expected CALLERROR ${code}, got a result`);
}

function client(identity, protocol) {
    const c = new RPCClient({ endpoint: url, identity, protocols: [protocol], strictMode: true, reconnect: false, callTimeoutMs: 10000 });
    c.on('strictValidationFailure', ({ error, method, isCall, outbound }) => {
        schemaFailures.push(`${identity} ${method} ${outbound ? 'outbound' : 'inbound'} ${isCall ? 'call' : 'response'}: ${error.message}`);
    });
    // Busbar may send calls (e.g. TriggerMessage); answer what a simple station would.
    c.handle(({ method }) => {
        if (method === 'Reset' || method === 'ChangeAvailability' || method === 'TriggerMessage') return { status: 'Accepted' };
        throw Object.assign(new Error('not implemented'), { rpcErrorCode: 'NotImplemented' });
    });
    return c;
}

const now = () => new Date().toISOString();

async function ocpp201() {
    const cs = client(`${prefix}-201`, 'ocpp2.0.1');
    await cs.connect();
    expect(cs.protocol === 'ocpp2.0.1', `negotiated ${cs.protocol}`);
    const txId = `rpc-${Date.now()}`;

    await check('2.0.1 B01 cold boot: BootNotification Accepted with interval and currentTime', async () => {
        const r = await cs.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'ocpp-rpc', vendorName: 'Conformance', firmwareVersion: '1.0.0', serialNumber: 'RPC-201' } });
        expect(r.status === 'Accepted', `status ${r.status}`);
        expect(r.interval > 0, 'interval');
        expect(!isNaN(Date.parse(r.currentTime)), 'currentTime');
    });
    await check('2.0.1 B01 StatusNotification Available', async () => {
        await cs.call('StatusNotification', { timestamp: now(), connectorStatus: 'Available', evseId: 1, connectorId: 1 });
    });
    await check('2.0.1 G02 Heartbeat returns currentTime', async () => {
        const r = await cs.call('Heartbeat', {});
        expect(!isNaN(Date.parse(r.currentTime)), 'currentTime');
    });
    await check('2.0.1 C01 Authorize known token Accepted', async () => {
        const r = await cs.call('Authorize', { idToken: { idToken: token, type: 'ISO14443' } });
        expect(r.idTokenInfo.status === 'Accepted', `status ${r.idTokenInfo.status}`);
    });
    await check('2.0.1 C01 Authorize unknown token not Accepted', async () => {
        const r = await cs.call('Authorize', { idToken: { idToken: 'UNKNOWN-RPC-0000', type: 'ISO14443' } });
        expect(r.idTokenInfo.status !== 'Accepted', `status ${r.idTokenInfo.status}`);
    });
    const energy = (wh) => [{ timestamp: now(), sampledValue: [{ value: wh, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }] }];
    await check('2.0.1 E02 TransactionEvent Started with idToken and meter value', async () => {
        const r = await cs.call('TransactionEvent', { eventType: 'Started', timestamp: now(), triggerReason: 'Authorized', seqNo: 0,
            transactionInfo: { transactionId: txId, chargingState: 'EVConnected' }, idToken: { idToken: token, type: 'ISO14443' },
            evse: { id: 1, connectorId: 1 }, meterValue: energy(1000) });
        expect(r.idTokenInfo?.status === 'Accepted', `idTokenInfo ${JSON.stringify(r.idTokenInfo)}`);
    });
    await check('2.0.1 E02 TransactionEvent Updated charging with meter values', async () => {
        await cs.call('TransactionEvent', { eventType: 'Updated', timestamp: now(), triggerReason: 'ChargingStateChanged', seqNo: 1,
            transactionInfo: { transactionId: txId, chargingState: 'Charging' }, meterValue: energy(2500) });
    });
    await check('2.0.1 J01 MeterValues outside a transaction', async () => {
        await cs.call('MeterValues', { evseId: 1, meterValue: [{ timestamp: now(), sampledValue: [{ value: 230.1, measurand: 'Voltage', phase: 'L1-N', unitOfMeasure: { unit: 'V' } }] }] });
    });
    await check('2.0.1 E06 TransactionEvent Ended (stoppedReason Local)', async () => {
        await cs.call('TransactionEvent', { eventType: 'Ended', timestamp: now(), triggerReason: 'StopAuthorized', seqNo: 2,
            transactionInfo: { transactionId: txId, chargingState: 'EVConnected', stoppedReason: 'Local' }, meterValue: energy(4000) });
    });
    await check('2.0.1 E06 retried TransactionEvent Ended is accepted again (idempotent)', async () => {
        await cs.call('TransactionEvent', { eventType: 'Ended', timestamp: now(), triggerReason: 'StopAuthorized', seqNo: 2,
            transactionInfo: { transactionId: txId, chargingState: 'EVConnected', stoppedReason: 'Local' }, meterValue: energy(4000) });
    });
    await check('2.0.1 P01 DataTransfer unknown vendor → UnknownVendorId', async () => {
        const r = await cs.call('DataTransfer', { vendorId: 'org.example.unknown', messageId: 'Ping', data: 'x' });
        expect(r.status === 'UnknownVendorId', `status ${r.status}`);
    });
    await check('2.0.1 N07 NotifyEvent is acknowledged', async () => {
        await cs.call('NotifyEvent', { generatedAt: now(), seqNo: 0, tbc: false, eventData: [{ eventId: 1, timestamp: now(), trigger: 'Delta',
            actualValue: 'Faulted', eventNotificationType: 'HardWiredNotification', component: { name: 'Connector', evse: { id: 1, connectorId: 1 } }, variable: { name: 'AvailabilityState' } }] });
    });
    await check('2.0.1 A04 SecurityEventNotification is acknowledged', async () => {
        await cs.call('SecurityEventNotification', { type: 'StartupOfTheDevice', timestamp: now() });
    });
    await check('2.0.1 L01 FirmwareStatusNotification is acknowledged', async () => {
        await cs.call('FirmwareStatusNotification', { status: 'Installed', requestId: 1 });
    });
    await check('2.0.1 N01 LogStatusNotification is acknowledged', async () => {
        await cs.call('LogStatusNotification', { status: 'Idle' });
    });
    await check('2.0.1 unknown action → NotImplemented (sent without strict mode: it is not in the schemas)', async () => {
        const lax = new RPCClient({ endpoint: url, identity: `${prefix}-201-lax`, protocols: ['ocpp2.0.1'], strictMode: false, reconnect: false });
        await lax.connect();
        try {
            await lax.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'ocpp-rpc', vendorName: 'Conformance' } });
            await expectRpcError(lax.call('BusbarDoesNotKnowThis', {}), 'NotImplemented');
        } finally {
            await lax.close({ force: true });
        }
    });
    await cs.close({ code: 1000 });
}

async function ocpp16() {
    const cp = client(`${prefix}-16`, 'ocpp1.6');
    await cp.connect();
    expect(cp.protocol === 'ocpp1.6', `negotiated ${cp.protocol}`);
    let transactionId;
    await check('1.6 cold boot: BootNotification Accepted', async () => {
        const r = await cp.call('BootNotification', { chargePointVendor: 'Conformance', chargePointModel: 'ocpp-rpc', firmwareVersion: '1.0.0' });
        expect(r.status === 'Accepted', `status ${r.status}`);
    });
    await check('1.6 StatusNotification Available', async () => {
        await cp.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: now() });
    });
    await check('1.6 Authorize Accepted', async () => {
        const r = await cp.call('Authorize', { idTag: token });
        expect(r.idTagInfo.status === 'Accepted', `status ${r.idTagInfo.status}`);
    });
    await check('1.6 StartTransaction gives a transactionId', async () => {
        const r = await cp.call('StartTransaction', { connectorId: 1, idTag: token, meterStart: 100, timestamp: now() });
        expect(r.idTagInfo.status === 'Accepted', `status ${r.idTagInfo.status}`);
        expect(Number.isInteger(r.transactionId), 'transactionId');
        transactionId = r.transactionId;
    });
    await check('1.6 MeterValues within the transaction', async () => {
        await cp.call('MeterValues', { connectorId: 1, transactionId, meterValue: [{ timestamp: now(), sampledValue: [{ value: '1100', measurand: 'Energy.Active.Import.Register', unit: 'Wh' }] }] });
    });
    await check('1.6 StopTransaction', async () => {
        await cp.call('StopTransaction', { transactionId, meterStop: 2100, timestamp: now(), reason: 'Local' });
    });
    await check('1.6 DataTransfer unknown vendor → UnknownVendorId', async () => {
        const r = await cp.call('DataTransfer', { vendorId: 'org.example.unknown' });
        expect(r.status === 'UnknownVendorId', `status ${r.status}`);
    });
    await cp.close({ code: 1000 });
}

try {
    await ocpp201();
    await ocpp16();
} catch (e) {
    failed++;
    console.log(`FAIL run aborted: ${e.stack ?? e}`);
}
if (schemaFailures.length) {
    for (const f of schemaFailures) console.log(`FAIL schema: ${f}`);
    failed += schemaFailures.length;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
