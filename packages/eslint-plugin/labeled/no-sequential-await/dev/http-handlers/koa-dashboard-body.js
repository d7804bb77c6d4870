// case: a Koa route sets ctx.body to an object whose fields await two reads
// category: http-handlers
// why: the two awaits in the object literal are evaluated in turn; the Mongoose query and the
//      ledger lookup both take only the user id from ctx.state, so they are one group
const Router = require('@koa/router');
const Notification = require('../models/notification');
const ledger = require('../services/ledger');

const router = new Router({ prefix: '/api' });

router.get('/dashboard', async (ctx) => {
  const { id: userId } = ctx.state.user;

  ctx.body = {
    notifications: /*@A*/ await Notification.find({ userId, readAt: null })
      .sort({ createdAt: -1 })
      .limit(10)
      .lean(),
    balance: /*@A*/ await ledger.balanceFor(userId),
    generatedAt: new Date().toISOString(),
  };
});

module.exports = router;
