import { createClient } from '@supabase/supabase-js';
import { Resend } from 'resend';

const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);
const resend = new Resend(process.env.RESEND_API_KEY);

export interface NewUser { id: string; email: string; firstName: string }

export async function loadChecklist(userId: string) {
  const { data, error } = await supabase
    .from('onboarding_steps')
    .select('key, title, done')
    .eq('user_id', userId)
    .order('position');
  if (error) throw error;
  return data;
}

export async function onboardUser(user: NewUser) {
  await supabase.from('onboarding_events').insert({ user_id: user.id, kind: 'welcome' });
  const { data, error } = await resend.emails.send({
    from: 'Acme <hello@acme.example>',
    to: user.email,
    subject: `Welcome, ${user.firstName}`,
    html: `<p>Hi ${user.firstName}, your workspace is ready.</p>`,
  });
  if (error) throw new Error(error.message);
  return data?.id ?? null;
}
