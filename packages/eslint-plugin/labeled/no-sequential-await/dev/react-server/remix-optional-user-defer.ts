// case: a Remix article loader reads the optional user and the article, and defers comments
// category: react-server
// why: getOptionalUser returns null for guests and guards nothing; the article read takes only the
//      slug; getComments is deferred without an await
import { defer, type LoaderFunctionArgs } from '@remix-run/node';
import { getArticle, getComments } from '~/models/article.server';
import { getOptionalUser } from '~/session.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = /*@A*/ await getOptionalUser(request);
  const article = /*@A*/ await getArticle(params.slug!);
  if (!article) throw new Response('Not Found', { status: 404 });

  const comments = getComments(article.id, { limit: 50 });
  return defer({ user, article, comments });
}
