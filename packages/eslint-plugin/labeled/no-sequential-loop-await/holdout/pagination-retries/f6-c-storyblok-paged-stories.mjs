// case: a sitemap script pages through Storyblok's CDN API until it has every published blog story
// category: pagination-retries
// why: the loop does not run over a collection that exists before it: the page counter is the loop's
//      own state, the total is only known from the responses, and the body breaks when the last page
//      arrives, so the loop decides when to stop and is not reported
import StoryblokClient from 'storyblok-js-client';
import { writeFile } from 'node:fs/promises';

const storyblok = new StoryblokClient({
  accessToken: process.env.STORYBLOK_PUBLIC_TOKEN,
  region: 'eu',
  cache: { clear: 'auto', type: 'memory' },
});

export async function fetchAllBlogStories() {
  const perPage = 100;
  const stories = [];
  for (let page = 1; ; page++) {
    const { data, total } = await storyblok.get('cdn/stories', {
      version: 'published',
      starts_with: 'blog/',
      per_page: perPage,
      page,
    });
    stories.push(...data.stories);
    if (page * perPage >= total || data.stories.length === 0) break;
  }
  return stories;
}

const stories = await fetchAllBlogStories();
const urls = stories.map((s) => `<url><loc>https://example.com/${s.full_slug}</loc></url>`);
await writeFile('public/sitemap-blog.xml', `<urlset>${urls.join('')}</urlset>`);
