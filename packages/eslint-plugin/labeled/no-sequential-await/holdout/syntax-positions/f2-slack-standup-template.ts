// case: a standup bot posts a Slack message whose text embeds an Octokit count and a Supabase count
// category: syntax-positions
// why: the two awaits inside the template literal are evaluated one after another before postMessage
//      is called; both are reads of different systems and neither uses the other; the postMessage
//      await is a write that needs both
import { WebClient } from '@slack/web-api';
import { Octokit } from '@octokit/rest';
import { createClient } from '@supabase/supabase-js';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

export async function postStandup(channel: string) {
  const since = new Date();
  since.setUTCHours(0, 0, 0, 0);

  await slack.chat.postMessage({
    channel,
    text: `:sunrise: Open PRs: ${
      (/*@A*/ await octokit.rest.pulls.list({ owner: 'acme', repo: 'web', state: 'open', per_page: 100 })).data.length
    } · Sign-ups today: ${
      (
        /*@A*/ await supabase
          .from('profiles')
          .select('id', { count: 'exact', head: true })
          .gte('created_at', since.toISOString())
      ).count ?? 0
    }`,
    unfurl_links: false,
  });
}
