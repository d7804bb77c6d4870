// case: a CI reporter posts a summary to Slack and threads every failed job under it
// category: accumulators
// why: each iteration posts a message (a write) and the first post's ts becomes the thread_ts the
//      next calls receive, an accumulator carried from one iteration to the next. Not reported.
import { WebClient } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

interface JobResult {
  name: string;
  url: string;
  error?: string;
}

export async function postReport(channel: string, runUrl: string, failed: JobResult[]) {
  const chunks = [
    `:red_circle: ${failed.length} job(s) failed in <${runUrl}|this run>`,
    ...failed.map((job) => `*${job.name}*: ${job.error ?? 'no message'} (<${job.url}|logs>)`),
  ];

  let threadTs: string | undefined;
  for (const text of chunks) {
    const res = await slack.chat.postMessage({ channel, text, thread_ts: threadTs, unfurl_links: false });
    threadTs ??= res.ts;
  }
  return threadTs;
}
