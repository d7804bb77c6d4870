// case: a post summary optionally returns view and reaction stats from a braceless if
// category: syntax-positions
// why: inside the braceless `if (...) return {...}` the two stats reads are object members
//      evaluated in order and independent; the post read before sits outside that branch
import { analytics } from '../analytics';
import { posts, type Post } from '../posts';

interface SummaryOptions {
  withStats?: boolean;
}

type Summary = { post: Post; views?: number; reactions?: Record<string, number> };

export async function postSummary(id: string, opts: SummaryOptions = {}): Promise<Summary> {
  const post = await posts.get(id);
  if (!post.published) return { post };
  if (opts.withStats) return { post, views: /*@A*/ await analytics.views(id), reactions: /*@A*/ await analytics.reactions(id) };
  return { post };
}
