// case: an ops script describes two DynamoDB tables and their backup settings with top-level await
// category: aws-sdk
// why: DescribeTable twice and DescribeContinuousBackups are read-only control-plane calls on
//      fixed names; none uses another's output, so the three are one group
import { DynamoDBClient, DescribeTableCommand, DescribeContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';

const ddb = new DynamoDBClient({ region: process.env.AWS_REGION ?? 'us-east-1' });

const { Table: orders } = /*@A*/ await ddb.send(new DescribeTableCommand({ TableName: 'orders' }));
const { Table: customers } = /*@A*/ await ddb.send(new DescribeTableCommand({ TableName: 'customers' }));
const { ContinuousBackupsDescription: pitr } = /*@A*/ await ddb.send(
  new DescribeContinuousBackupsCommand({ TableName: 'orders' }),
);

console.table(
  [orders, customers].map((t) => ({
    name: t.TableName,
    items: t.ItemCount,
    sizeMb: Math.round((t.TableSizeBytes ?? 0) / 1e6),
    billing: t.BillingModeSummary?.BillingMode ?? 'PROVISIONED',
  })),
);
console.log('orders PITR:', pitr?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus);
