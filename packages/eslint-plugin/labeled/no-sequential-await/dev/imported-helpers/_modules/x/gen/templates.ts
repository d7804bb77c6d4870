import Handlebars from 'handlebars';

import { SOURCES, type TemplateKind } from './sources';

const compiled = new Map<TemplateKind, HandlebarsTemplateDelegate>();

Handlebars.registerHelper('kebab', (value: string) => value.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase());

/** Async so that templates can come from a remote registry one day; today they are bundled. */
export async function loadTemplate(kind: TemplateKind, vars: Record<string, string>): Promise<string> {
  let template = compiled.get(kind);
  if (!template) {
    template = Handlebars.compile(SOURCES[kind], { noEscape: true, strict: true });
    compiled.set(kind, template);
  }
  return template(vars);
}
