// case: a CommonJS script fetches the defaults of two environments through a required helper
// category: imported-helpers
// why: fetchRemoteSettings is a GET each time: two independent requests
const settings = require('./_modules/data/settings.cjs');

async function compare(stagingUrl, productionUrl) {
  const staging = /*@A*/ await settings.fetchRemoteSettings(stagingUrl);
  const production = /*@A*/ await settings.fetchRemoteSettings(productionUrl);
  return { staging, production };
}

module.exports = { compare };
