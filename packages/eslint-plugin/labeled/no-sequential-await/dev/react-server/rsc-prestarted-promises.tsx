// case: a profile page starts the profile and posts requests first and awaits them afterwards
// category: react-server
// why: both requests already run when they are awaited, so awaiting them starts no new work;
//      `await params` also waits on a promise Next.js started
import { getPosts, getProfile } from '@/lib/social';
import { PostGrid } from '@/components/post-grid';

type Props = { params: Promise<{ handle: string }> };

export default async function ProfilePage({ params }: Props) {
  const { handle } = await params;
  const profilePromise = getProfile(handle);
  const postsPromise = getPosts(handle, { limit: 20 });

  const profile = await profilePromise;
  const posts = await postsPromise;

  return (
    <main>
      <h1>{profile.displayName}</h1>
      <PostGrid posts={posts} />
    </main>
  );
}
