// case: a nightly job reads each player's stats item and writes back a recomputed score
// category: aws-sdk
// why: not reported: every iteration ends in an UpdateCommand, a write per item; starting all
//      players at once would run writes that the sequential code only reaches after the earlier
//      players' reads and writes succeeded
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.PLAYERS_TABLE!;

export async function refreshScores(playerIds: string[]) {
  for (const playerId of playerIds) {
    const key = { pk: `PLAYER#${playerId}`, sk: 'STATS' };
    const { Item } = await ddb.send(new GetCommand({ TableName: TABLE, Key: key }));
    if (!Item) continue;

    const score = Item.wins * 3 + Item.draws;
    await ddb.send(
      new UpdateCommand({
        TableName: TABLE,
        Key: key,
        UpdateExpression: 'SET score = :s, scoredAt = :t',
        ExpressionAttributeValues: { ':s': score, ':t': Date.now() },
      }),
    );
  }
}
