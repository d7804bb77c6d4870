export type Comment = { id: string; author: string; body: string; createdAt: string };

type Fetch = typeof fetch;

export async function getComments(fetcher: Fetch, slug: string): Promise<Comment[]> {
  const res = await fetcher(`/api/comments?slug=${encodeURIComponent(slug)}`, {
    headers: { accept: 'application/json' },
  });
  if (!res.ok) return [];
  const { comments } = (await res.json()) as { comments: Comment[] };
  return comments;
}

export async function postComment(fetcher: Fetch, slug: string, body: string) {
  const res = await fetcher('/api/comments', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ slug, body }),
  });
  if (!res.ok) throw new Error(`could not post comment: ${res.status}`);
  return (await res.json()) as Comment;
}
