'use strict';

const Redis = require('ioredis');

let client;

function redis() {
  if (!client) {
    client = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: false });
  }
  return client;
}

module.exports = { redis };
