// case: a publish check awaits on the right of `||` and `&&` and in a ternary branch
// category: syntax-positions
// why: the token check comes first and its result is used; the ACL and lock checks only run when
//      earlier operands allow, and the preview runs in a `? :` branch, so none is unconditional
import { acl } from '../acl';
import { auth } from '../auth';
import { docs } from '../docs';

export async function publishPreview(token: string, docId: string) {
  const session = await auth.verify(token);
  const allowed =
    session.role === 'admin' ||
    ((await acl.check(session.userId, docId, 'publish')) && !(await docs.isLocked(docId)));
  return allowed ? await docs.renderPreview(docId) : null;
}
