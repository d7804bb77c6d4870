// case: opening a shared document reads it, logs the access with PutItemCommand, then reads the viewer's prefs
// category: aws-sdk
// why: the PutItemCommand is a write whose result is discarded (an ordered side effect), and it sits
//      between the two GetItemCommand reads, so no group crosses it; every call looks alike
//      (ddb.send(new XCommand)) and only the command says which one writes
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';

const ddb = new DynamoDBClient({});

export async function openSharedDocument(docId: string, viewerId: string) {
  const doc = await ddb.send(
    new GetItemCommand({ TableName: 'documents', Key: marshall({ pk: `DOC#${docId}` }) }),
  );

  await ddb.send(
    new PutItemCommand({
      TableName: 'access-log',
      Item: marshall({ pk: `DOC#${docId}`, sk: `${new Date().toISOString()}#${viewerId}`, action: 'open' }),
    }),
  );

  const prefs = await ddb.send(
    new GetItemCommand({ TableName: 'user-prefs', Key: marshall({ pk: `USER#${viewerId}` }) }),
  );

  return {
    document: doc.Item ? unmarshall(doc.Item) : null,
    theme: prefs.Item ? unmarshall(prefs.Item).theme : 'system',
  };
}
