// case: an init command asks for the project name and the region unless flags give them
// category: imported-helpers
// why: askFor may prompt on the terminal: one question at a time
import { askFor } from './_modules/data/ask';

export async function init(flags: { name?: string; region?: string }) {
  const name = await askFor('Project name', flags.name);
  const region = await askFor('Region', flags.region);
  return { name, region };
}
