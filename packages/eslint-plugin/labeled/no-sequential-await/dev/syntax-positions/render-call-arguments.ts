// case: a welcome email renders a template with two awaited call arguments
// category: syntax-positions
// why: the template load and the profile read are both arguments of one call, evaluated one after
//      the other and independent; the outer await needs both, so it is not a member
import { renderTemplate } from '../mail/render';
import { templates } from '../mail/templates';
import { users } from '../users';

export async function welcomeEmail(userId: string) {
  const html = await renderTemplate(/*@A*/ await templates.load('welcome'), /*@A*/ await users.profile(userId));
  return {
    subject: 'Welcome aboard',
    html,
    tags: ['onboarding'],
  };
}
