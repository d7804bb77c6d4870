'use strict';

const { ask } = require('./terminal');

const ENVIRONMENTS = ['preview', 'staging', 'production'];

exports.resolveEnvironment = async function resolveEnvironment(given) {
  if (given && ENVIRONMENTS.includes(given)) return given;
  let answer = '';
  while (!ENVIRONMENTS.includes(answer)) {
    answer = await ask(`Environment (${ENVIRONMENTS.join('/')}): `);
  }
  return answer;
};

exports.resolveToken = async function resolveToken(given) {
  if (given) return given;
  if (process.env.DEPLOY_TOKEN) return process.env.DEPLOY_TOKEN;
  const token = await ask('Deploy token: ', { mask: true });
  if (!token) throw new Error('A deploy token is required');
  return token;
};
