// case: an export scans a DynamoDB table in segments, each segment paged with LastEvaluatedKey
// category: pagination-retries
// why: loop A is reported: each segment keeps its own ExclusiveStartKey inside the iteration (the
//      do…while pages one segment) and segments share nothing, which is what parallel scan is for;
//      the page token only orders the pages of one segment
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TOTAL_SEGMENTS = 4;

export async function scanTable(TableName: string) {
  const segments = Array.from({ length: TOTAL_SEGMENTS }, (_, i) => i);
  const items: Record<string, unknown>[] = [];

  /*@A*/ for (const Segment of segments) {
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await ddb.send(
        new ScanCommand({ TableName, Segment, TotalSegments: TOTAL_SEGMENTS, ExclusiveStartKey, Limit: 500 }),
      );
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
  }
  return items;
}
