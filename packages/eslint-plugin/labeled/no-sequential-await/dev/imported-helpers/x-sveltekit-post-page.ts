// case: a SvelteKit page load reads a markdown post and its comments, then its author and related posts
// category: imported-helpers
// why: getPost reads the post file from disk (then renders it) and getComments GETs the comments
//      API with the slug: independent reads (A). getAuthor and getRelatedPosts need post.authorId
//      and post.tags, so they wait for A; getAuthor reads authors.json through a module-level
//      promise that no earlier call filled, getRelatedPosts reads the posts directory: two
//      independent reads of their own (B). The 404 check only needs the post and runs after A
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

import { getAuthor, getPost, getRelatedPosts } from './_modules/x/lib/content';
import { getComments } from './_modules/x/lib/comments';

export const load: PageServerLoad = async ({ params, fetch, setHeaders }) => {
  const post = /*@A*/ await getPost(params.slug);
  const comments = /*@A*/ await getComments(fetch, params.slug);
  if (!post) error(404, `No post called ${params.slug}`);

  const author = /*@B*/ await getAuthor(post.authorId);
  const related = /*@B*/ await getRelatedPosts(post.tags, post.slug);

  setHeaders({ 'cache-control': 'public, max-age=300' });
  return { post, comments, author, related };
};
