import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';

const TEMPLATE_DIR = path.join(process.cwd(), 'emails');

Handlebars.registerHelper('money', (cents: number, currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).format(cents / 100),
);

export async function loadTemplate(name: string) {
  const source = readFileSync(path.join(TEMPLATE_DIR, `${name}.hbs`), 'utf8');
  return Handlebars.compile(source, { strict: true });
}

export async function renderEmail(name: string, data: Record<string, unknown>) {
  const template = await loadTemplate(name);
  return template(data);
}
