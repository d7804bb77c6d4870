export const SOURCES = {
  component: `import styles from './{{name}}.module.css';

export type {{name}}Props = { children?: React.ReactNode };

export function {{name}}({ children }: {{name}}Props) {
  return <div className={styles.root}>{children}</div>;
}
`,
  story: `import type { Meta, StoryObj } from '@storybook/react';
import { {{name}} } from './{{name}}';

const meta: Meta<typeof {{name}}> = { title: '{{group}}/{{name}}', component: {{name}} };
export default meta;

export const Default: StoryObj<typeof {{name}}> = { args: { children: '{{name}}' } };
`,
  test: `import { render, screen } from '@testing-library/react';
import { {{name}} } from './{{name}}';

it('renders its children', () => {
  render(<{{name}}>hello</{{name}}>);
  expect(screen.getByText('hello')).toBeInTheDocument();
});
`,
} as const;

export type TemplateKind = keyof typeof SOURCES;
