// case: a scheduled Lambda adds up the orders queue and dead-letter queue backlogs and pages on-call
// category: aws-sdk
// why: the two depth() reads (GetQueueAttributes) in the binary expression and the SSM threshold
//      read use only environment values and nothing of each other, so the three form group A; the
//      SNS publish is a write that needs the sum and the threshold, awaited for its effect, and is
//      not a member
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';

const sqs = new SQSClient({});
const ssm = new SSMClient({});
const sns = new SNSClient({});

const depth = (QueueUrl: string) =>
  sqs
    .send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }))
    .then((out) => Number(out.Attributes?.ApproximateNumberOfMessages ?? 0));

export const handler = async () => {
  const backlog =
    (/*@A*/ await depth(process.env.ORDERS_QUEUE_URL!)) + (/*@A*/ await depth(process.env.ORDERS_DLQ_URL!));
  const param = /*@A*/ await ssm.send(new GetParameterCommand({ Name: '/orders/backlog-threshold' }));
  const threshold = Number(param.Parameter?.Value ?? 5000);
  if (backlog <= threshold) return { backlog, paged: false };

  await sns.send(
    new PublishCommand({
      TopicArn: process.env.ONCALL_TOPIC_ARN,
      Subject: 'Orders backlog',
      Message: `Orders backlog is ${backlog} (threshold ${threshold})`,
    }),
  );
  return { backlog, paged: true };
};
