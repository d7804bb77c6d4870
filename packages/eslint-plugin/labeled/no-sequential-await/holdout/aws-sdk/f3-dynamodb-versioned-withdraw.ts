// case: a withdrawal reads the account and today's spending from DynamoDB, then updates the account with a version check
// category: aws-sdk
// why: the two GetCommands read different tables by the account id given to the function and use
//      nothing of each other; the conditional UpdateCommand uses the version and balance read by
//      the first, and is a write, so it stays after them
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function withdraw(accountId: string, amount: number) {
  const day = new Date().toISOString().slice(0, 10);
  const { Item: account } = /*@A*/ await ddb.send(
    new GetCommand({ TableName: 'accounts', Key: { pk: accountId }, ConsistentRead: true }),
  );
  const { Item: spent } = /*@A*/ await ddb.send(
    new GetCommand({ TableName: 'daily-spend', Key: { accountId, day } }),
  );

  if (!account) throw new Error(`account ${accountId} not found`);
  if ((spent?.total ?? 0) + amount > account.dailyLimit) throw new Error('daily limit reached');

  await ddb.send(
    new UpdateCommand({
      TableName: 'accounts',
      Key: { pk: accountId },
      UpdateExpression: 'SET balance = :next, version = :nv',
      ConditionExpression: 'version = :v',
      ExpressionAttributeValues: { ':next': account.balance - amount, ':v': account.version, ':nv': account.version + 1 },
    }),
  );
  return { balance: account.balance - amount };
}
