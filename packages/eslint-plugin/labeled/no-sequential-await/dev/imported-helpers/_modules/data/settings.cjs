const fs = require('node:fs');

async function readSettings(dir) {
  return JSON.parse(fs.readFileSync(`${dir}/settings.json`, 'utf8'));
}

async function fetchRemoteSettings(url) {
  const response = await fetch(url);
  return response.json();
}

module.exports = { readSettings, fetchRemoteSettings };
