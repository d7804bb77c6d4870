'use strict';

const { redis } = require('./redis');

const TTL_MS = 60_000;
const settingsCache = new Map();
const flagsCache = new Map();

function fresh(entry) {
  return entry && Date.now() - entry.at < TTL_MS;
}

async function getSettings(tenantId) {
  const cached = settingsCache.get(tenantId);
  if (fresh(cached)) return cached.value;

  const raw = await redis().hgetall(`tenant:${tenantId}:settings`);
  const value = {
    locale: raw.locale || 'en',
    timezone: raw.timezone || 'UTC',
    brandColor: raw.brandColor || '#2563eb',
    ssoRequired: raw.ssoRequired === 'true',
  };
  settingsCache.set(tenantId, { at: Date.now(), value });
  return value;
}

async function getFeatureFlags(tenantId) {
  const cached = flagsCache.get(tenantId);
  if (fresh(cached)) return cached.value;

  const res = await fetch(`${process.env.FLAGS_API_URL}/sdk/evaluate`, {
    method: 'POST',
    headers: { authorization: process.env.FLAGS_SDK_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ context: { kind: 'tenant', key: tenantId } }),
  });
  if (!res.ok) throw new Error(`flag evaluation failed with ${res.status}`);
  const value = await res.json();
  flagsCache.set(tenantId, { at: Date.now(), value });
  return value;
}

function clearTenant(tenantId) {
  settingsCache.delete(tenantId);
  flagsCache.delete(tenantId);
}

module.exports = { getSettings, getFeatureFlags, clearTenant };
