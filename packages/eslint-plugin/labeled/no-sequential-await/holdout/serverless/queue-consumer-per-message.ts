// case: a Workers Queue consumer loads each message's order from D1 and its customer from the CRM
// category: serverless
// why: inside one iteration the D1 read and the CRM fetch use only the message body, so they form a
//      group; crm.json() needs the fetch's response and the email send is awaited for its effect
interface Env {
  DB: D1Database;
  EMAILS: Queue<{ to: string; template: string; orderId: string }>;
  CRM_TOKEN: string;
}
type OrderShipped = { orderId: string; customerId: string };
type Order = { id: string; status: string; tracking: string };

export default {
  async queue(batch: MessageBatch<OrderShipped>, env: Env): Promise<void> {
    for (const message of batch.messages) {
      const order = /*@A*/ await env.DB.prepare('SELECT id, status, tracking FROM orders WHERE id = ?')
        .bind(message.body.orderId)
        .first<Order>();
      const crm = /*@A*/ await fetch(`https://crm.internal/api/customers/${message.body.customerId}`, {
        headers: { authorization: `Bearer ${env.CRM_TOKEN}` },
      });
      const customer = await crm.json<{ email: string }>();

      if (!order || order.status !== 'shipped') {
        message.ack();
        continue;
      }
      await env.EMAILS.send({ to: customer.email, template: 'order-shipped', orderId: order.id });
      message.ack();
    }
  },
} satisfies ExportedHandler<Env, OrderShipped>;
