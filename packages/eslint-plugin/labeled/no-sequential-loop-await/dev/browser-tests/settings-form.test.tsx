// case: a Testing Library test waits for each field of a settings form to appear
// category: browser-tests
// why: not reported: findByLabelText reads the same rendered DOM that the test drives; queries on
//      one rendered screen stay in order in UI tests
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsForm } from '../SettingsForm';

const FIELDS = ['Display name', 'Email', 'Time zone', 'Language'];

test('settings form renders its fields after loading', async () => {
  render(<SettingsForm userId="u_1" />);

  for (const label of FIELDS) {
    const field = await screen.findByLabelText(label);
    expect(field).toBeEnabled();
  }

  await userEvent.click(screen.getByRole('button', { name: /save/i }));
});
