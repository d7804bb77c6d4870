// case: a Koa auth middleware verifies the bearer token, loads the user and hands on to next()
// category: http-handlers
// why: verifyToken is a guard whose claims feed the user lookup, and next() is awaited for its
//      effect; every await depends on or must follow the one before it
const jwt = require('../lib/jwt');
const User = require('../models/user');

async function verifyToken(token) {
  if (!token) {
    const err = new Error('missing token');
    err.status = 401;
    throw err;
  }
  return jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
}

module.exports = async function authenticate(ctx, next) {
  const header = ctx.get('Authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;

  const claims = await verifyToken(token);
  ctx.state.user = await User.findById(claims.sub).select('-passwordHash').lean();
  if (!ctx.state.user) {
    ctx.throw(401, 'unknown user');
  }

  await next();
};
