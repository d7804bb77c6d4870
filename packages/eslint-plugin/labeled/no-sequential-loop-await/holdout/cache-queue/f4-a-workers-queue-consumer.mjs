// case: a Cloudflare Queues consumer drops webhook events already seen (KV lookup per message), then stores the fresh ones in D1 and marks them seen
// category: cache-queue
// why: the first loop runs over batch.messages, which exists before it, and each iteration only reads
//      its own dedupe key (ack() and continue are fine): report it; the second loop inserts rows and
//      puts KV keys (writes) and retries on failure, so its iterations stay ordered
export default {
  async queue(batch, env) {
    const fresh = [];

    /*@A*/ for (const msg of batch.messages) {
      const seen = await env.DEDUPE.get(`evt:${msg.body.id}`);
      if (seen) {
        msg.ack();
        continue;
      }
      fresh.push(msg);
    }

    for (const msg of fresh) {
      try {
        await env.DB.prepare('INSERT INTO webhook_events (id, type, payload, received_at) VALUES (?1, ?2, ?3, ?4)')
          .bind(msg.body.id, msg.body.type, JSON.stringify(msg.body.data), Date.now())
          .run();
        await env.DEDUPE.put(`evt:${msg.body.id}`, '1', { expirationTtl: 60 * 60 * 24 });
        msg.ack();
      } catch (err) {
        console.error('failed to store event', msg.body.id, err);
        msg.retry({ delaySeconds: 30 });
      }
    }
  },
};
