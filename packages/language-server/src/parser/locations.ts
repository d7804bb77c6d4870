/**
 * Line and column positions for an AST that has only offsets (oxc-parser gives `range`, ESLint
 * needs `loc` on every node, token and comment). Lines break where ESLint and TypeScript break
 * them: `\r\n`, `\r`, `\n`, U+2028 and U+2029.
 */
/** A position as ESTree's `loc` holds it: 1-based line, 0-based column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface SourceLocation {
  readonly start: Position;
  readonly end: Position;
}

/** The offsets at which the lines of one text start, to turn an offset into a line and column. */
export class LineStarts {
  readonly #starts: number[] = [0];
  /** The 0-based line of every offset (a lookup per offset: the AST has one `loc` per node). */
  readonly #lineOfOffset: Uint32Array;

  constructor(text: string) {
    const lineOfOffset = new Uint32Array(text.length + 1);
    let line = 0;
    for (let offset = 0; offset < text.length; offset++) {
      lineOfOffset[offset] = line;
      const code = text.charCodeAt(offset);
      // \n, \r (not followed by \n), U+2028, U+2029
      if (code === 10 || (code === 13 && text.charCodeAt(offset + 1) !== 10) || code === 0x2028 || code === 0x2029) {
        line++;
        this.#starts.push(offset + 1);
      }
    }
    lineOfOffset[text.length] = line;
    this.#lineOfOffset = lineOfOffset;
  }

  /** The 1-based line and 0-based column of an offset, as ESTree's `loc` has them. */
  positionOf(offset: number): Position {
    const line = this.#lineOfOffset[offset]!;
    return { line: line + 1, column: offset - this.#starts[line]! };
  }

  locationOf(range: readonly [number, number]): SourceLocation {
    return { start: this.positionOf(range[0]), end: this.positionOf(range[1]) };
  }
}
