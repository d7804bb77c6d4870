const CMS_URL = process.env.CMS_URL ?? 'https://cms.example.com';

export async function currentAnnouncements(locale: string) {
  const res = await fetch(`${CMS_URL}/api/announcements?locale=${locale}&active=true`, {
    headers: { authorization: `Bearer ${process.env.CMS_READ_TOKEN}` },
  });
  if (!res.ok) return [];
  const { data } = (await res.json()) as { data: { id: string; title: string; href?: string }[] };
  return data;
}
