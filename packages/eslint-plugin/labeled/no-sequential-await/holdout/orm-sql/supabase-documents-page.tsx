// case: a Next.js page gets the Supabase user, then lists their documents and signs a URL for the latest export
// category: orm-sql
// why: getUser ends in a redirect when signed out; after it, the table select and createSignedUrl (which
//      only signs a path, creating nothing) both use user.id and nothing of each other
import { redirect } from 'next/navigation';
import { createClient } from '@/utils/supabase/server';

export default async function DocumentsPage() {
  const supabase = await createClient();

  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect('/login');

  const { data: documents, error } = /*@A*/ await supabase
    .from('documents')
    .select('id, title, updated_at')
    .eq('owner_id', user.id)
    .order('updated_at', { ascending: false });
  const { data: exportLink } = /*@A*/ await supabase.storage
    .from('exports')
    .createSignedUrl(`${user.id}/latest.zip`, 60 * 10);

  if (error) throw error;

  return (
    <main>
      <h1>Your documents</h1>
      {exportLink && <a href={exportLink.signedUrl}>Download latest export</a>}
      <ul>
        {documents.map((d) => (
          <li key={d.id}>{d.title}</li>
        ))}
      </ul>
    </main>
  );
}
