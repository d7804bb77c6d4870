// case: a flag helper merges global flags and per-user overrides read from Redis in one call
// category: cache-queue
// why: the two awaits are arguments of the same mergeFlags call and run in order; the global get and
//      the per-user hget read different keys and neither uses the other
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);

function mergeFlags(globalFlags, overrides) {
  return { ...globalFlags, ...(overrides ? JSON.parse(overrides) : {}) };
}

async function flagsFor(userId) {
  return mergeFlags(
    JSON.parse((/*@A*/ await redis.get('flags:global')) ?? '{}'),
    /*@A*/ await redis.hget('flags:overrides', userId),
  );
}

module.exports = { flagsFor };
