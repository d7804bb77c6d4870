// case: after sign-up the server reads the onboarding checklist, then calls an imported onboardUser helper
// category: imported-helpers
// why: onboardUser inserts an event row and sends a Resend email (writes) although its name says
//      neither; the checklist read comes first, and combined the email would go out even when that
//      read throws, so the two stay in order
import { loadChecklist, onboardUser, type NewUser } from './_modules/f2-onboarding';

export async function afterSignUp(user: NewUser) {
  const checklist = await loadChecklist(user.id);
  const welcomeEmailId = await onboardUser(user);

  const remaining = checklist.filter((step) => !step.done);
  return {
    welcomeEmailId,
    nextStep: remaining[0]?.key ?? null,
    progress: checklist.length === 0 ? 1 : (checklist.length - remaining.length) / checklist.length,
  };
}

export async function POST(request: Request) {
  const user = (await request.json()) as NewUser;
  if (!user.email || !user.id) {
    return Response.json({ error: 'id and email are required' }, { status: 400 });
  }
  return Response.json(await afterSignUp(user));
}
