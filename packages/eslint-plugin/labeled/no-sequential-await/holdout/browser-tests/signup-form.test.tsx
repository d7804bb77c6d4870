// case: a Testing Library test types into a signup form, submits it and waits for the alert and the welcome heading
// category: browser-tests
// why: the typing and click are UI actions awaited for their effect, and the two findByRole calls read the
//      same rendered screen after them; UI steps on one screen stay in order
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { SignupForm } from './SignupForm';

it('shows a confirmation after a successful signup', async () => {
  const user = userEvent.setup();
  const onSubmit = vi.fn().mockResolvedValue({ ok: true });
  render(<SignupForm onSubmit={onSubmit} />);

  await user.type(screen.getByLabelText('Email'), 'ada@example.com');
  await user.type(screen.getByLabelText('Password'), 'correct horse battery');
  await user.click(screen.getByRole('button', { name: /sign up/i }));

  const alert = await screen.findByRole('alert');
  const heading = await screen.findByRole('heading', { name: /welcome/i });

  expect(alert).toHaveTextContent(/check your inbox/i);
  expect(heading).toBeInTheDocument();
  expect(onSubmit).toHaveBeenCalledOnce();
});
