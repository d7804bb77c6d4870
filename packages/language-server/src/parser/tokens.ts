/**
 * ESLint's token list for a TypeScript AST that comes without one (oxc-parser's): TypeScript's
 * own scanner splits the text, and the AST settles what a scanner alone cannot know, exactly
 * where TypeScript's parser would have re-scanned. A regular expression, a template's parts, JSX
 * text, names and attribute strings are taken whole from their nodes; a `>` that closes type
 * arguments or a JSX tag stays alone, any other joins what follows (`>=`, `>>`); a keyword that the
 * AST holds as an identifier (`x.default`) is an identifier. Token types follow
 * typescript-estree's `getTokenType`, so the list is the one `@typescript-eslint/parser` makes.
 */
import ts from 'typescript';

import type { LineStarts, SourceLocation } from './locations.js';

export interface Token {
  readonly type: string;
  readonly value: string;
  readonly range: [number, number];
  readonly loc: SourceLocation;
  readonly regex?: { readonly pattern: string; readonly flags: string };
}

import type { AstNode } from './walk-nodes.js';

/** A token the AST gives whole, by where it starts. */
interface WholeToken {
  readonly end: number;
  readonly type: string;
  readonly regex?: { readonly pattern: string; readonly flags: string };
}

/** What the AST says about the tokens at some offsets: gathered node by node with `note`. */
export class TokenHints {
  readonly whole = new Map<number, WholeToken>();
  readonly identifierStarts = new Set<number>();
  readonly loneGreaterThan = new Set<number>();
  /** Where a keyword starts that ESTree names as an identifier: `import` of `import.meta`, `new` of `new.target`, `with` of import attributes. */
  readonly keywordStarts = new Set<number>();
  /** Where type parameters or arguments start: a `<<` right before one is two tokens (`ReturnType<<T>() => T>`). */
  readonly typeParameterStarts = new Set<number>();
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  /** Whether the source between two offsets closes a parenthesis: `(a).b`, whose `a` TypeScript's tree holds in parentheses. */
  closesParenthesis(from: number, to: number): boolean {
    return this.#text.slice(from, to).includes(')');
  }
  /** The names of non-computed member expressions (`url.host`): JSX identifiers within JSX. */
  readonly memberNames: number[] = [];
  /** The ranges of JSX elements and fragments. */
  readonly jsxRanges: (readonly [number, number])[] = [];

  note(node: AstNode): void {
    noteTokens(node, this);
  }

  /**
   * Where typescript-estree types an identifier as a JSX identifier although the AST does not:
   * the object and the name of `url?.host` anywhere inside a JSX element (its `getTokenType`
   * looks for any JSX ancestor of an identifier in a property access).
   */
  jsxMemberNames(): Set<number> {
    const names = new Set<number>();
    if (this.jsxRanges.length === 0) return names;
    const ranges = [...this.jsxRanges].sort((a, b) => a[0] - b[0]);
    const starts = ranges.map(range => range[0]);
    // the furthest end of the ranges starting at or before each one, so nested elements count
    const reaches: number[] = [];
    for (const [index, range] of ranges.entries()) reaches.push(Math.max(range[1], reaches[index - 1] ?? 0));
    for (const start of this.memberNames) {
      let low = 0;
      let high = starts.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (starts[middle]! <= start) {
          found = middle;
          low = middle + 1;
        } else high = middle - 1;
      }
      if (found >= 0 && reaches[found]! > start) names.add(start);
    }
    return names;
  }
}

/** Nodes whose last character is a `>` that the parser never joins with what follows. */
const CLOSED_BY_GREATER_THAN = new Set(['JSXOpeningElement', 'JSXClosingElement', 'JSXOpeningFragment', 'JSXClosingFragment']);

function noteTokens(node: AstNode, hints: TokenHints): void {
  const [start, end] = node.range;
  switch (node.type) {
    case 'Identifier':
      hints.identifierStarts.add(start);
      return;
    case 'MetaProperty':
      hints.keywordStarts.add(start);
      return;
    case 'MemberExpression': {
      if (node.computed) return;
      const object = node.object as AstNode;
      const property = node.property as AstNode;
      if (object.type === 'Identifier' && !hints.closesParenthesis(object.range[1], property.range[0])) hints.memberNames.push(object.range[0]);
      hints.memberNames.push(property.range[0]);
      return;
    }
    case 'TSQualifiedName':
      // `this` of `typeof this.auth` is an identifier to TypeScript's parser
      if ((node.left as AstNode).type === 'ThisExpression') hints.identifierStarts.add(start);
      return;
    case 'TSTypeQuery':
      // and so is the `this` of `typeof this`
      if ((node.exprName as AstNode).type === 'ThisExpression') hints.identifierStarts.add((node.exprName as AstNode).range[0]);
      return;
    case 'TSImportType': {
      // `import('x', { with: { … } })`: TypeScript's parser keeps `with` a keyword
      const options = node.options as AstNode | null | undefined;
      const properties = (options?.type === 'ObjectExpression' ? options.properties : []) as AstNode[];
      for (const property of properties) {
        const key = property.key as AstNode | undefined;
        if (key?.type === 'Identifier' && key.name === 'with') hints.keywordStarts.add(key.range[0]);
      }
      return;
    }
    case 'TSTypeParameterDeclaration':
    case 'TSTypeParameterInstantiation':
      hints.typeParameterStarts.add(start);
      hints.loneGreaterThan.add(end - 1);
      return;
    case 'JSXElement':
    case 'JSXFragment':
      hints.jsxRanges.push(node.range);
      return;
    case 'Literal': {
      const regex = node.regex as { pattern: string; flags: string } | undefined;
      if (regex) hints.whole.set(start, { end, type: 'RegularExpression', regex: { pattern: regex.pattern, flags: regex.flags } });
      return;
    }
    case 'TemplateElement':
      hints.whole.set(start, { end, type: 'Template' });
      return;
    case 'JSXText':
      hints.whole.set(start, { end, type: 'JSXText' });
      return;
    case 'JSXIdentifier':
      // `<this.foo />`: TypeScript's scanner keeps a tag's `this` a keyword (an attribute named `this` is a name)
      if (hints.keywordStarts.has(start)) return;
      // the parts of a namespaced name (`xlink:href`) are noted first, as identifiers
      if (!hints.whole.has(start)) hints.whole.set(start, { end, type: 'JSXIdentifier' });
      return;
    case 'JSXNamespacedName':
      for (const part of [node.namespace, node.name] as AstNode[]) hints.whole.set(part.range[0], { end: part.range[1], type: 'Identifier' });
      return;
    case 'JSXAttribute': {
      // an attribute's string has no escapes: JSX text, as TypeScript's parser tokenizes it
      const attributeValue = node.value as AstNode | null;
      if (attributeValue?.type === 'Literal') hints.whole.set(attributeValue.range[0], { end: attributeValue.range[1], type: 'JSXText' });
      return;
    }
    default:
      if (!CLOSED_BY_GREATER_THAN.has(node.type)) return;
      hints.loneGreaterThan.add(end - 1);
      if (node.type === 'JSXOpeningElement' || node.type === 'JSXClosingElement') {
        let name = node.name as AstNode;
        while (name.type === 'JSXMemberExpression') name = name.object as AstNode;
        if (name.type === 'JSXIdentifier' && name.name === 'this') hints.keywordStarts.add(name.range[0]);
      }
  }
}

/** A number written `0` then a digit, or a string with an octal escape (`\0` then a digit, `\1`…`\9`). */
const LEGACY_OCTAL = /^0\d|^['"](?:[^\\]|\\[^0-9]|\\0(?!\d))*\\(?:0\d|[1-9])/;

/** typescript-estree's token type of a token the scanner found. */
function typeOf(kind: ts.SyntaxKind, start: number, hints: TokenHints, jsxMemberNames: Set<number>): string {
  const type = scannedTypeOf(kind, start, hints);
  return type === 'Identifier' && jsxMemberNames.has(start) ? 'JSXIdentifier' : type;
}

function scannedTypeOf(kind: ts.SyntaxKind, start: number, hints: TokenHints): string {
  const { SyntaxKind } = ts;
  if (kind >= SyntaxKind.FirstKeyword && kind <= SyntaxKind.LastFutureReservedWord) {
    if (hints.identifierStarts.has(start) && !hints.keywordStarts.has(start)) return 'Identifier';
    if (kind === SyntaxKind.NullKeyword) return 'Null';
    return kind === SyntaxKind.TrueKeyword || kind === SyntaxKind.FalseKeyword ? 'Boolean' : 'Keyword';
  }
  if (kind >= SyntaxKind.FirstPunctuation && kind <= SyntaxKind.LastPunctuation) return 'Punctuator';
  if (kind >= SyntaxKind.NoSubstitutionTemplateLiteral && kind <= SyntaxKind.TemplateTail) return 'Template';
  switch (kind) {
    case SyntaxKind.NumericLiteral:
    case SyntaxKind.BigIntLiteral:
      return 'Numeric';
    case SyntaxKind.PrivateIdentifier:
      return 'PrivateIdentifier';
    case SyntaxKind.StringLiteral:
      return 'String';
    default:
      return 'Identifier';
  }
}

/**
 * The tokens of `text`, given what its AST says (`hints`). Throws when the scanner meets what it
 * cannot read, so that the caller falls back to typescript-eslint's parser.
 */
export function tokenize(text: string, hints: TokenHints, lines: LineStarts): Token[] {
  const { SyntaxKind } = ts;
  // the standard variant splits `</` in two, as typescript-estree's tokens have it; JSX text is taken whole
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const jsxMemberNames = hints.jsxMemberNames();
  const tokens: Token[] = [];
  const push = (type: string, start: number, end: number, regex?: WholeToken['regex']): void => {
    const range: [number, number] = [start, end];
    const value = text.slice(start, end);
    const loc = lines.locationOf(range);
    if (regex) tokens.push({ type, value, range, loc, regex });
    else tokens.push({ type, value: type === 'PrivateIdentifier' ? value.slice(1) : value, range, loc });
  };
  for (;;) {
    // JSX text starts right after the `>` or `}` before it, spaces and all
    const atPosition = hints.whole.get(scanner.getTokenEnd());
    if (atPosition && atPosition.type === 'JSXText') {
      push(atPosition.type, scanner.getTokenEnd(), atPosition.end, atPosition.regex);
      scanner.resetTokenState(atPosition.end);
      continue;
    }
    let kind = scanner.scan();
    if (kind === SyntaxKind.EndOfFileToken) break;
    const start = scanner.getTokenStart();
    const whole = hints.whole.get(start);
    if (whole) {
      push(whole.type, start, whole.end, whole.regex);
      scanner.resetTokenState(whole.end);
      continue;
    }
    if (kind === SyntaxKind.GreaterThanToken && !hints.loneGreaterThan.has(start)) kind = scanner.reScanGreaterToken();
    if (kind === SyntaxKind.LessThanLessThanToken && hints.typeParameterStarts.has(start + 1)) {
      push('Punctuator', start, start + 1);
      push('Punctuator', start + 1, start + 2);
      continue;
    }
    if (kind === SyntaxKind.Unknown) throw new Error(`no token at offset ${start}`);
    // legacy octal (`010`, `'\01'`), which typescript-estree refuses and oxc accepts: its parser says so
    if ((kind === SyntaxKind.NumericLiteral || kind === SyntaxKind.StringLiteral) && LEGACY_OCTAL.test(text.slice(start, scanner.getTokenEnd())))
      throw new Error(`legacy octal at offset ${start}`);
    push(typeOf(kind, start, hints, jsxMemberNames), start, scanner.getTokenEnd());
  }
  return tokens;
}
