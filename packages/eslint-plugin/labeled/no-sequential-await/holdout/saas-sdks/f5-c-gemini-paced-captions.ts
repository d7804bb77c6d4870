// case: a nightly script captions two images with Gemini, pausing between calls for the free-tier quota
// category: saas-sdks
// why: the two image reads are already one Promise.all; the sleep between the two generateContent
//      calls is deliberate pacing for a per-minute quota shared with other jobs, so the calls stay
//      in order and no group crosses it; writeFile is a discarded write that needs both captions
import { GoogleGenAI } from '@google/genai';
import { readFile, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

const caption = (bytes: Buffer, hint: string) =>
  ai.models.generateContent({
    model: 'gemini-2.5-flash',
    contents: [
      { inlineData: { mimeType: 'image/jpeg', data: bytes.toString('base64') } },
      { text: `Write one alt-text sentence for this ${hint} image.` },
    ],
  });

export async function captionHeroImages() {
  const [hero, banner] = await Promise.all([readFile('public/hero.jpg'), readFile('public/banner.jpg')]);

  // free tier: 10 requests a minute, shared with the other nightly jobs
  const heroCaption = await caption(hero, 'homepage hero');
  await sleep(6_000);
  const bannerCaption = await caption(banner, 'pricing banner');

  await writeFile(
    'public/captions.json',
    JSON.stringify({ hero: heroCaption.text, banner: bannerCaption.text }, null, 2),
  );
}
