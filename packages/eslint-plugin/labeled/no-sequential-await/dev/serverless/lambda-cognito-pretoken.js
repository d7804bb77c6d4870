// case: a Cognito pre-token-generation trigger adds tenant and role claims read from DynamoDB
// category: serverless
// why: the two GetCommands read different tables by the user's sub and do not use each other; the
//      event is mutated only after both returned
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, GetCommand } = require('@aws-sdk/lib-dynamodb');

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

exports.handler = async (event) => {
  const sub = event.request.userAttributes.sub;

  const membership = /*@A*/ await ddb.send(
    new GetCommand({ TableName: process.env.MEMBERSHIPS_TABLE, Key: { userId: sub } }),
  );
  const roles = /*@A*/ await ddb.send(
    new GetCommand({ TableName: process.env.ROLES_TABLE, Key: { userId: sub }, ProjectionExpression: 'roles' }),
  );

  event.response = {
    claimsOverrideDetails: {
      claimsToAddOrOverride: {
        tenant_id: membership.Item?.tenantId ?? 'none',
        roles: (roles.Item?.roles ?? []).join(' '),
      },
    },
  };
  return event;
};
