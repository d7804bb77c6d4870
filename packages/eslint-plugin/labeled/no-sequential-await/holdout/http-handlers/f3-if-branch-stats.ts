// case: an Express route loads a post, then inside one branch of an if reads two stats sources
// category: http-handlers
// why: the post lookup must finish first (its slug and id feed the branch); inside the stats branch the
//      pageview and reaction reads each use the post and not each other; the else branch has one await
import { Router } from 'express';
import { posts } from '../repositories/posts';
import { reactionsRepo } from '../repositories/reactions';
import { analytics } from '../lib/plausible';

export const blogRouter = Router();

blogRouter.get('/posts/:slug', async (req, res) => {
  const post = await posts.findBySlug(req.params.slug);
  if (!post) {
    res.status(404).json({ error: 'not found' });
    return;
  }

  if (req.query.include === 'stats') {
    const views = /*@A*/ await analytics.pageviews({ path: `/blog/${post.slug}`, period: '30d' });
    const reactions = /*@A*/ await reactionsRepo.countByPost(post.id);
    res.json({ ...post, stats: { views, reactions } });
  } else {
    const related = await posts.related(post.id, { limit: 3 });
    res.json({ ...post, related });
  }
});
