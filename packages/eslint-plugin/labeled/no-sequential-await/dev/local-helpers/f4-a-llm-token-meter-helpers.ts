// case: a Hono route writes social posts for an article; helpers in the same file load the article and style guide, and a complete() helper tracks tokens on a per-request meter
// category: local-helpers
// why: loadArticle and loadStyleGuide only read (D1 and KV) with the route params: group A; the three
//      complete() calls look independent, but each one adds its usage to meter and pickModel() reads
//      meter.usedTokens to choose the model of the next call, so each depends on the one before
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { Hono } from 'hono';

type Env = { DB: D1Database; CONFIG: KVNamespace };
type Article = { title: string; body: string };
type Meter = { budgetTokens: number; usedTokens: number; calls: number };

function pickModel(meter: Meter) {
  return meter.usedTokens > meter.budgetTokens * 0.8 ? openai('gpt-4.1-nano') : openai('gpt-4.1-mini');
}

async function complete(meter: Meter, system: string, prompt: string) {
  const { text, usage } = await generateText({ model: pickModel(meter), system, prompt });
  meter.usedTokens += usage.totalTokens ?? 0;
  meter.calls += 1;
  return text.trim();
}

async function loadArticle(env: Env, slug: string) {
  return env.DB.prepare('SELECT title, body FROM articles WHERE slug = ?1 AND published = 1').bind(slug).first<Article>();
}

async function loadStyleGuide(env: Env, locale: string) {
  return env.CONFIG.get(`style-guide:${locale}`, 'text');
}

const app = new Hono<{ Bindings: Env }>();

app.post('/articles/:slug/social', async (c) => {
  const slug = c.req.param('slug');
  const locale = c.req.query('locale') ?? 'en';
  const meter: Meter = { budgetTokens: 6_000, usedTokens: 0, calls: 0 };

  const article = /*@A*/ await loadArticle(c.env, slug);
  const guide = /*@A*/ await loadStyleGuide(c.env, locale);
  if (!article) return c.notFound();

  const style = guide ?? 'Plain, friendly, no hashtags.';
  const short = await complete(meter, `Write one post under 280 characters. ${style}`, article.body);
  const long = await complete(meter, `Write a LinkedIn post of about 120 words. ${style}`, article.body);
  const alt = await complete(meter, 'Write alt text for the article cover image.', article.title);

  return c.json({ short, long, alt, usage: meter });
});

export default app;
