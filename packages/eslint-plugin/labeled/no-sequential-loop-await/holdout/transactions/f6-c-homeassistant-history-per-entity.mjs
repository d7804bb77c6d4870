// case: a report script asks Home Assistant for yesterday's history of each tracked entity over one websocket connection
// category: transactions
// why: the entity list exists before the loop and each message only reads history, but every
//      iteration goes through the single connection returned by createConnection; per the ground
//      truth, work through one connection stays in order, so the loop is not reported
import WebSocket from 'ws';
import { createConnection, createLongLivedTokenAuth } from 'home-assistant-js-websocket';

globalThis.WebSocket = WebSocket;

const TRACKED = ['sensor.living_room_temperature', 'sensor.office_co2', 'switch.heat_pump'];

export async function yesterdayHistory(entityIds = TRACKED) {
  const auth = createLongLivedTokenAuth(process.env.HA_URL, process.env.HA_TOKEN);
  const conn = await createConnection({ auth });
  const end = new Date();
  end.setHours(0, 0, 0, 0);
  const start = new Date(end.getTime() - 24 * 60 * 60 * 1000);

  const history = {};
  try {
    for (const entityId of entityIds) {
      const result = await conn.sendMessagePromise({
        type: 'history/history_during_period',
        start_time: start.toISOString(),
        end_time: end.toISOString(),
        entity_ids: [entityId],
        minimal_response: true,
        no_attributes: true,
      });
      history[entityId] = result[entityId] ?? [];
    }
  } finally {
    conn.close();
  }
  return history;
}
