// case: a TanStack Start route whose loader fills the query cache for a post and its comments
// category: react-server
// why: the two ensureQueryData calls read different queries for the same postId and their results
//      are both used (A); inside the server function the post read is guarded by notFound() before
//      the comments read, so those two are not a group
import { createFileRoute, notFound } from '@tanstack/react-router';
import { createServerFn } from '@tanstack/react-start';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { db } from '~/server/db';

const fetchPost = createServerFn({ method: 'GET' })
  .validator((id: string) => id)
  .handler(async ({ data: id }) => {
    const post = await db.post.findUnique({ where: { id } });
    if (!post) throw notFound();
    const comments = await db.comment.findMany({ where: { postId: id }, orderBy: { createdAt: 'desc' } });
    return { post, commentCount: comments.length };
  });

const fetchComments = createServerFn({ method: 'GET' })
  .validator((id: string) => id)
  .handler(({ data: id }) => db.comment.findMany({ where: { postId: id }, take: 100 }));

const postQuery = (id: string) => queryOptions({ queryKey: ['post', id], queryFn: () => fetchPost({ data: id }) });
const commentsQuery = (id: string) =>
  queryOptions({ queryKey: ['post', id, 'comments'], queryFn: () => fetchComments({ data: id }) });

export const Route = createFileRoute('/posts/$postId')({
  loader: async ({ context: { queryClient }, params: { postId } }) => {
    const post = /*@A*/ await queryClient.ensureQueryData(postQuery(postId));
    const comments = /*@A*/ await queryClient.ensureQueryData(commentsQuery(postId));
    return { title: post.post.title, firstCommentAt: comments[0]?.createdAt ?? null };
  },
  component: PostRoute,
});

function PostRoute() {
  const { postId } = Route.useParams();
  const { data } = useSuspenseQuery(postQuery(postId));
  return <h1>{data.post.title}</h1>;
}
