import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Comment = TSESTree.Comment;

/** The comments of a file, sorted by position, looked up by range with a binary search. */
export class FileComments {
  readonly #comments: readonly Comment[];

  constructor(sourceCode: Readonly<TSESLint.SourceCode>) {
    this.#comments = sourceCode.getAllComments();
  }

  /** The comments that lie entirely within `range`, in order. */
  within(range: TSESTree.Range): Comment[] {
    const found: Comment[] = [];
    let low = 0;
    let high = this.#comments.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#comments[middle]!.range[0] < range[0]) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < this.#comments.length; index++) {
      const comment = this.#comments[index]!;
      if (comment.range[0] >= range[1]) break;
      if (comment.range[1] <= range[1]) found.push(comment);
    }
    return found;
  }
}

/**
 * Splits the comments between consecutive statements: those on the line where the previous one
 * ends trail it; the others lead the next one.
 */
export function assignGapComments<S extends { range: TSESTree.Range }>(
  statements: readonly S[],
  sourceCode: Readonly<TSESLint.SourceCode>,
  comments: FileComments,
): { leading: Map<S, Comment[]>; trailing: Map<S, Comment[]> } {
  const leading = new Map<S, Comment[]>();
  const trailing = new Map<S, Comment[]>();
  for (let index = 1; index < statements.length; index++) {
    const previous = statements[index - 1]!;
    const current = statements[index]!;
    const previousEndLine = sourceCode.getLocFromIndex(previous.range[1]).line;
    for (const comment of comments.within([previous.range[1], current.range[0]])) {
      const isTrailing = comment.loc.start.line === previousEndLine;
      const target = isTrailing ? trailing : leading;
      const owner = isTrailing ? previous : current;
      const list = target.get(owner) ?? [];
      list.push(comment);
      target.set(owner, list);
    }
  }
  return { leading, trailing };
}
