// case: an Express route (CommonJS) returns a tenant's settings and feature flags
// category: imported-helpers
// why: getSettings reads a Redis hash and getFeatureFlags evaluates flags with the flag service
//      (a POST that only evaluates, a read); both memoize per tenant for 60 s in their own Map, so
//      on a first or expired request both do real I/O and nothing guarantees the caches are
//      filled. Each only fills its own cache, neither reads the other's, so they can run together
const express = require('express');
const { getSettings, getFeatureFlags } = require('./_modules/x/cjs/tenant-config');

const router = express.Router();

router.get('/api/tenants/:tenantId/config', async (req, res, next) => {
  try {
    const { tenantId } = req.params;
    const settings = /*@A*/ await getSettings(tenantId);
    const flags = /*@A*/ await getFeatureFlags(tenantId);
    res.set('Cache-Control', 'private, max-age=30');
    res.json({ tenantId, settings, flags });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
