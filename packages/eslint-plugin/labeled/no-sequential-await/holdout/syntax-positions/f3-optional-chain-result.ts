// case: a share card reads the user, the project and the cover with optional chaining on each awaited result
// category: syntax-positions
// why: the ?. applies to the awaited value, not to the calls, so every call runs unconditionally; the
//      three reads take the arguments and none uses another's result
import { getUser } from '@/data/users';
import { getProject } from '@/data/projects';
import { getCoverImage } from '@/data/media';

const FALLBACK_IMAGE = 'https://cdn.example.com/og/default.png';

export type ShareCard = { title: string; image: string; alt: string };

export async function buildShareCard(userId: string, projectId: string): Promise<ShareCard> {
  const displayName = (/*@A*/ await getUser(userId))?.profile?.displayName ?? 'Someone';
  const projectTitle = (/*@A*/ await getProject(projectId))?.title;
  const cover = (/*@A*/ await getCoverImage(projectId))?.variants.find((v) => v.width >= 1200);

  return {
    title: `${displayName} shared ${projectTitle ?? 'a project'}`,
    image: cover?.url ?? FALLBACK_IMAGE,
    alt: cover?.alt ?? `Cover of ${projectTitle ?? 'a project'}`,
  };
}

export async function buildShareTitle(userId: string) {
  const user = await getUser(userId);
  return user?.profile?.displayName ?? 'Someone';
}
