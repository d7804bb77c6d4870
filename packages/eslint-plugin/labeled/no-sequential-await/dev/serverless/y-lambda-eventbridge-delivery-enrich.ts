// case: an EventBridge-triggered Lambda reads the customer item, an SSM threshold and an S3 email template, then emits an event
// category: serverless
// why: GetItem, GetParameter and GetObject are reads on three services keyed only by the event detail, and
//      none uses another's result: one group; reading the template body needs the GetObject result, and the
//      PutEvents is awaited for its effect at the end
import type { EventBridgeEvent } from 'aws-lambda';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';

const ddb = new DynamoDBClient({});
const ssm = new SSMClient({});
const s3 = new S3Client({});
const eventBridge = new EventBridgeClient({});

type ShipmentDelivered = { shipmentId: string; customerId: string; carrier: string; deliveredAt: string };

export const handler = async (event: EventBridgeEvent<'ShipmentDelivered', ShipmentDelivered>) => {
  const { shipmentId, customerId, carrier, deliveredAt } = event.detail;

  const customer = /*@A*/ await ddb.send(
    new GetItemCommand({
      TableName: process.env.CUSTOMERS_TABLE,
      Key: { pk: { S: `CUSTOMER#${customerId}` }, sk: { S: 'PROFILE' } },
      ProjectionExpression: 'email, locale, marketingOptIn',
    }),
  );
  const threshold = /*@A*/ await ssm.send(
    new GetParameterCommand({ Name: `/delivery/${carrier}/late-threshold-hours` }),
  );
  const template = /*@A*/ await s3.send(
    new GetObjectCommand({ Bucket: process.env.TEMPLATES_BUCKET, Key: `delivered/${carrier}.mjml` }),
  );
  const templateBody = await template.Body!.transformToString();

  const profile = unmarshall(customer.Item ?? {});
  const lateAfterHours = Number(threshold.Parameter?.Value ?? '72');

  await eventBridge.send(
    new PutEventsCommand({
      Entries: [
        {
          EventBusName: process.env.BUS_NAME,
          Source: 'shipping.notifications',
          DetailType: 'DeliveryEmailRequested',
          Detail: JSON.stringify({
            shipmentId,
            to: profile.email,
            locale: profile.locale ?? 'en',
            deliveredAt,
            lateAfterHours,
            template: templateBody,
          }),
        },
      ],
    }),
  );
};
