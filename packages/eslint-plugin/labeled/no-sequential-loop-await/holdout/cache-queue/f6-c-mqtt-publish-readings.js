// case: a gateway publishes each buffered sensor reading to MQTT with QoS 1, then clears the buffer
// category: cache-queue
// why: each iteration publishes a message (a send awaited for its effect, discarded) through the one
//      MQTT client connection; publishes are writes and keep their order, so the loop is not reported
import mqtt from 'mqtt';
import { readBuffer, clearBuffer } from './buffer.js';

let client;

async function getClient() {
  client ??= await mqtt.connectAsync(process.env.MQTT_URL, {
    clientId: `gateway-${process.env.GATEWAY_ID}`,
    reconnectPeriod: 2000,
  });
  return client;
}

export async function flushReadings() {
  const readings = await readBuffer();
  if (readings.length === 0) return 0;
  const mq = await getClient();

  for (const reading of readings) {
    await mq.publishAsync(
      `sensors/${reading.sensorId}/reading`,
      JSON.stringify({ value: reading.value, unit: reading.unit, at: reading.at }),
      { qos: 1 },
    );
  }

  await clearBuffer(readings.length);
  return readings.length;
}

setInterval(() => {
  flushReadings().catch((err) => console.error('flush failed', err));
}, 10_000);
