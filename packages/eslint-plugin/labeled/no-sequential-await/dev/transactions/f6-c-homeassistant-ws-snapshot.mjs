// case: a Node script opens one Home Assistant websocket connection and reads states, config and services through it
// category: transactions
// why: the connection comes from createConnection and every read is a message sent through that one
//      connection; per the ground truth, calls through one connection stay in order, so the three
//      reads are not a group even though they look independent; close() ends it
import WebSocket from 'ws';
import {
  createConnection,
  createLongLivedTokenAuth,
  getConfig,
  getServices,
  getStates,
} from 'home-assistant-js-websocket';

globalThis.WebSocket = WebSocket;

export async function snapshotHome() {
  const auth = createLongLivedTokenAuth(process.env.HA_URL, process.env.HA_TOKEN);
  const conn = await createConnection({ auth });
  try {
    const states = await getStates(conn);
    const config = await getConfig(conn);
    const services = await getServices(conn);

    return {
      location: config.location_name,
      version: config.version,
      lightsOn: states.filter((s) => s.entity_id.startsWith('light.') && s.state === 'on').length,
      domains: Object.keys(services).sort(),
    };
  } finally {
    conn.close();
  }
}

snapshotHome().then((s) => console.log(JSON.stringify(s, null, 2)));
