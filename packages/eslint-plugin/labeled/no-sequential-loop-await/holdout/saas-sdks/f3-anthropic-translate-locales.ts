// case: a CMS hook asks Claude to translate one release note into a fixed short list of locales
// category: saas-sdks
// why: messages.create is a read here (it creates nothing read back later); each locale's call uses only the
//      note and its locale, and the result goes into its own key, so the three calls can run together
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

const LOCALES = ['de', 'fr', 'ja'] as const;
type Locale = (typeof LOCALES)[number];

export async function translateNote(note: { title: string; body: string }) {
  const translations = {} as Record<Locale, string>;
  /*@A*/ for (const locale of LOCALES) {
    const msg = await anthropic.messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 2048,
      system: 'You translate product release notes. Keep Markdown and code spans unchanged.',
      messages: [{ role: 'user', content: `Translate to ${locale}:\n\n# ${note.title}\n\n${note.body}` }],
    });
    const block = msg.content.find((b) => b.type === 'text');
    translations[locale] = block && block.type === 'text' ? block.text : '';
  }
  return translations;
}
