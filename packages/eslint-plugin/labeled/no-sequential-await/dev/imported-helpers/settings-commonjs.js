// case: a CommonJS worker reads its local settings file and fetches the remote defaults
// category: imported-helpers
// why: readSettings is a synchronous read behind async (no latency), so only one call takes time
const { readSettings, fetchRemoteSettings } = require('./_modules/data/settings.cjs');

async function loadConfig(dir, url) {
  const local = await readSettings(dir);
  const remote = await fetchRemoteSettings(url);
  return { ...remote, ...local };
}

module.exports = { loadConfig };
