// case: an order service invokes a pricing Lambda and then a reservation Lambda with the quote
// category: aws-sdk
// why: the reservation payload is built from the decoded quote, so the second InvokeCommand depends
//      on the first; reserving stock is also a write
import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';

const lambda = new LambdaClient({});
const decoder = new TextDecoder();

type Quote = { quoteId: string; totalCents: number; items: { sku: string; qty: number }[] };

export async function placeOrder(cartId: string) {
  const priced = await lambda.send(
    new InvokeCommand({
      FunctionName: 'pricing-quote',
      Payload: JSON.stringify({ cartId }),
    }),
  );
  const quote = JSON.parse(decoder.decode(priced.Payload)) as Quote;

  const reserved = await lambda.send(
    new InvokeCommand({
      FunctionName: 'inventory-reserve',
      Payload: JSON.stringify({ quoteId: quote.quoteId, items: quote.items }),
    }),
  );
  if (reserved.FunctionError) {
    throw new Error(`reservation failed: ${decoder.decode(reserved.Payload)}`);
  }
  return quote;
}
