// case: a `generate component` scaffolding command formats the component, story and test sources with an imported helper before writing them
// category: imported-helpers
// why: finalizeSource is async but its body only calls prettier's format on a string in memory, which
//      is CPU work on this thread with no I/O to overlap, so grouping the three calls gains nothing; mkdir
//      and the writeFile calls are awaited for their effect and stay in order
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { finalizeSource } from './_modules/codegen/source';

const pascal = (name: string) => name.replace(/(^|[-_ ])(\w)/g, (_m, _s, c: string) => c.toUpperCase());

export const generateComponent = new Command('component')
  .argument('<name>', 'component name, e.g. user-card')
  .option('-d, --dir <dir>', 'target directory', 'src/components')
  .action(async (rawName: string, opts: { dir: string }) => {
    const name = pascal(rawName);
    const dir = path.join(opts.dir, name);

    const component = await finalizeSource(
      `export interface ${name}Props { className?: string }
export function ${name}({ className }: ${name}Props) { return <div className={className}>${name}</div> }`,
      `${name}.tsx`,
    );
    const story = await finalizeSource(
      `import type { Meta, StoryObj } from '@storybook/react'; import { ${name} } from './${name}';
const meta: Meta<typeof ${name}> = { component: ${name} }; export default meta;
export const Default: StoryObj<typeof ${name}> = {}`,
      `${name}.stories.tsx`,
    );
    const test = await finalizeSource(
      `import { render, screen } from '@testing-library/react'; import { ${name} } from './${name}';
test('renders', () => { render(<${name} />); expect(screen.getByText('${name}')).toBeInTheDocument() })`,
      `${name}.test.tsx`,
    );

    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `${name}.tsx`), component);
    await writeFile(path.join(dir, `${name}.stories.tsx`), story);
    await writeFile(path.join(dir, `${name}.test.tsx`), test);
    console.log(`created ${dir}`);
  });
