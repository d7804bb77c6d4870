// case: an MQTT.js bridge connects, subscribes to device topics and announces itself online
// category: cache-queue
// why: the client comes from connectAsync and everything after goes through that connection; the
//      two subscriptions and the retained publish are awaited for their effect (discarded), so they
//      are ordered effects and never members; the online announcement must follow the subscriptions
import mqtt from 'mqtt';
import { handleTelemetry, handleStatus } from './handlers.js';

export async function startBridge() {
  const client = await mqtt.connectAsync(process.env.MQTT_URL, {
    clientId: `bridge-${process.pid}`,
    clean: false,
    username: process.env.MQTT_USER,
    password: process.env.MQTT_PASSWORD,
    will: { topic: 'bridge/status', payload: 'offline', qos: 1, retain: true },
  });

  client.on('message', (topic, payload) => {
    const [, deviceId, kind] = topic.split('/');
    if (kind === 'telemetry') handleTelemetry(deviceId, JSON.parse(payload.toString()));
    else if (kind === 'status') handleStatus(deviceId, payload.toString());
  });

  await client.subscribeAsync('devices/+/telemetry', { qos: 1 });
  await client.subscribeAsync('devices/+/status', { qos: 1 });
  await client.publishAsync('bridge/status', 'online', { qos: 1, retain: true });

  return client;
}
