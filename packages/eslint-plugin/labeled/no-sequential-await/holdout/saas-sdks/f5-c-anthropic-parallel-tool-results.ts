// case: a support agent turn runs the two tools Claude asked for, then sends both results back
// category: saas-sdks
// why: the first messages.create decides which tools run, so nothing joins it; lookupOrder and
//      getShippingQuote each take only their own tool_use input and only read, so they form group
//      A; the follow-up messages.create receives both tool results and stays after the group
import Anthropic from '@anthropic-ai/sdk';
import { getShippingQuote, lookupOrder, supportTools } from './support-tools';

const anthropic = new Anthropic();
const model = 'claude-sonnet-4-5';

export async function agentTurn(history: Anthropic.MessageParam[]) {
  const first = await anthropic.messages.create({
    model,
    max_tokens: 1024,
    tools: supportTools,
    messages: history,
  });
  if (first.stop_reason !== 'tool_use') return first;

  const [orderCall, quoteCall] = first.content.filter(
    (block): block is Anthropic.ToolUseBlock => block.type === 'tool_use',
  );
  const order = /*@A*/ await lookupOrder(orderCall.input as { orderId: string });
  const quote = /*@A*/ await getShippingQuote(quoteCall.input as { postcode: string; weightKg: number });

  return anthropic.messages.create({
    model,
    max_tokens: 1024,
    tools: supportTools,
    messages: [
      ...history,
      { role: 'assistant', content: first.content },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: orderCall.id, content: JSON.stringify(order) },
          { type: 'tool_result', tool_use_id: quoteCall.id, content: JSON.stringify(quote) },
        ],
      },
    ],
  });
}
