// case: an SQS-triggered Lambda loads each order and emails its customer, record by record
// category: serverless
// why: awaits in the loop body repeat per record, the order read feeds the email, and the SES send
//      is a write awaited for its effect; nothing is independent and sequential here
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const ses = new SESv2Client({});

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];

  for (const record of event.Records) {
    try {
      const { orderId } = JSON.parse(record.body) as { orderId: string };
      const { Item: order } = await ddb.send(
        new GetCommand({ TableName: process.env.ORDERS_TABLE, Key: { orderId } }),
      );
      if (!order) continue;

      await ses.send(
        new SendEmailCommand({
          FromEmailAddress: 'orders@shop.example',
          Destination: { ToAddresses: [order.email] },
          Content: { Template: { TemplateName: 'order-shipped', TemplateData: JSON.stringify(order) } },
        }),
      );
    } catch {
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }

  return { batchItemFailures };
};
