// case: a health check reads the depth of each RabbitMQ work queue on one channel
// category: cache-queue
// why: not reported: checkQueue is a read, but every call goes through the same channel, one
//      session whose RPCs run one after another, so the loop is ordered by the channel
const amqp = require('amqplib');

const QUEUES = ['emails', 'thumbnails', 'webhooks', 'search-index'];

async function queueDepths() {
  const connection = await amqp.connect(process.env.AMQP_URL);
  const channel = await connection.createChannel();
  const depths = {};
  try {
    for (const name of QUEUES) {
      const { messageCount, consumerCount } = await channel.checkQueue(name);
      depths[name] = { messageCount, consumerCount };
    }
  } finally {
    await channel.close();
    await connection.close();
  }
  return depths;
}

module.exports = { queueDepths };
