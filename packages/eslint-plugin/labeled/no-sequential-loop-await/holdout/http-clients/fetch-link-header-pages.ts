// case: a script downloads all issues of a repository by following the Link header
// category: http-clients
// why: `url` is the next URL, taken from the previous response's Link header; each request
//      needs the one before it, so the pages cannot be fetched together
const TOKEN = process.env.GITHUB_TOKEN;

function nextLink(header: string | null): string | null {
  const match = header?.split(',').find((part) => part.includes('rel="next"'));
  return match ? match.slice(match.indexOf('<') + 1, match.indexOf('>')) : null;
}

export async function allIssues(owner: string, repo: string) {
  const issues: unknown[] = [];
  let url: string | null = `https://api.github.com/repos/${owner}/${repo}/issues?state=all&per_page=100`;
  for (let page = 1; url; page++) {
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/vnd.github+json' },
    });
    issues.push(...((await res.json()) as unknown[]));
    console.error(`page ${page}: ${issues.length} issues so far`);
    url = nextLink(res.headers.get('link'));
  }
  return issues;
}
