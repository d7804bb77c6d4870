// case: a Testing Library test types into a signup form, submits it and waits for confirmation
// category: browser-tests
// why: userEvent actions are discarded effects on the same document and must stay in order; the
//      findByText waits for the result of the click
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { SignupForm } from './SignupForm';

test('shows a confirmation after submitting', async () => {
  const user = userEvent.setup();
  const onSubmit = vi.fn().mockResolvedValue({ ok: true });
  render(<SignupForm onSubmit={onSubmit} />);

  await user.type(screen.getByLabelText(/email/i), 'ada@example.com');
  await user.type(screen.getByLabelText(/password/i), 'correct horse');
  await user.click(screen.getByRole('button', { name: /sign up/i }));

  expect(await screen.findByText(/check your inbox/i)).toBeInTheDocument();
  expect(onSubmit).toHaveBeenCalledWith({ email: 'ada@example.com', password: 'correct horse' });
});
