// case: an incident notifier publishes to SNS and then emails the on-call lead through SES
// category: aws-sdk
// why: both commands are writes (a publish and an email send); the email must not go out if the
//      publish failed, so the second write waits for the first
import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';

const sns = new SNSClient({});
const ses = new SESv2Client({});

export async function raiseIncident(title: string, severity: 'sev1' | 'sev2', lead: string) {
  const { MessageId } = await sns.send(
    new PublishCommand({
      TopicArn: process.env.INCIDENTS_TOPIC_ARN,
      Subject: `[${severity}] ${title}`,
      Message: JSON.stringify({ title, severity, at: new Date().toISOString() }),
      MessageAttributes: { severity: { DataType: 'String', StringValue: severity } },
    }),
  );
  const email = await ses.send(
    new SendEmailCommand({
      FromEmailAddress: 'incidents@ops.example',
      Destination: { ToAddresses: [lead] },
      Content: { Simple: { Subject: { Data: title }, Body: { Text: { Data: `Severity ${severity}` } } } },
    }),
  );
  return { snsMessageId: MessageId, emailMessageId: email.MessageId };
}
