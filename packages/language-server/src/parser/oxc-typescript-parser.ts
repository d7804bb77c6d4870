/**
 * An ESLint parser for TypeScript that gives what `@typescript-eslint/parser` gives, faster: the
 * editor's lint of a 2,000-line file spent most of its time in typescript-eslint's parse.
 * oxc-parser builds the TS-ESTree AST (about ten times faster), this module adds what ESLint
 * needs and oxc leaves out (`loc`, the token list), and the scopes come from the same
 * `@typescript-eslint/scope-manager` call typescript-eslint's parser makes.
 *
 * Whenever oxc reports an error, cannot load (no native binding for this platform) or its text
 * cannot be tokenized, the text goes to `@typescript-eslint/parser` itself: the messages of a
 * file that does not parse are then the CLI's word for word. The parity tests lint the rules'
 * cases and real code with both parsers and compare ASTs, tokens and reports.
 */
import tsParser from '@typescript-eslint/parser';
import { analyze, type AnalyzeOptions } from '@typescript-eslint/scope-manager';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

import { toTypeScriptEstreeShape } from './ast-shape.js';
import { LineStarts } from './locations.js';
import { TokenHints, tokenize } from './tokens.js';
import { walkNodes, type AstNode } from './walk-nodes.js';

type OxcParser = typeof import('oxc-parser');

interface ParserOptions {
  readonly sourceType?: unknown;
  readonly filePath?: string;
  readonly ecmaFeatures?: { readonly jsx?: boolean; readonly globalReturn?: boolean };
  readonly jsxPragma?: string | null;
  readonly jsxFragmentName?: string | null;
  readonly lib?: AnalyzeOptions['lib'];
  /** false when no token list is wanted (the rules read imported modules so): none is made. */
  readonly tokens?: boolean;
}

let oxc: OxcParser | null = null;

/**
 * Settles once oxc-parser has loaded (true) or could not (false: no native binding for this
 * platform in the bundle): until then, and after a failure, typescript-eslint's parser answers.
 * Loaded with `import()`, so that a missing binding is an error to catch, not a server that does
 * not start.
 */
export const oxcLoaded: Promise<boolean> = import('oxc-parser').then(
  parser => {
    oxc = parser;
    return true;
  },
  () => false,
);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `.d.ts`, `.d.mts`, `.d.cts`, and `.d.css.ts`-style declaration files. */
const DECLARATION_FILE = /\.d(?:\.[^./\\]+)?\.[cm]?ts$/;

/**
 * Whether the text has JSX, as typescript-estree decides: by the file's extension when it names a
 * TypeScript dialect (`.tsx` has JSX, `.ts`, `.mts`, `.cts` do not), else by `ecmaFeatures.jsx`.
 */
function isJsx(options: ParserOptions): boolean {
  const extension = /\.([cm]?tsx?)$/.exec(options.filePath ?? '')?.[1];
  if (extension !== undefined) return extension === 'tsx';
  return options.ecmaFeatures?.jsx === true;
}

/** The parse of `code` by oxc, completed for ESLint; null where typescript-eslint's parser must answer. */
export function parseWithOxc(code: string, options: ParserOptions): ReturnType<typeof tsParser.parseForESLint> | null {
  const parser = oxc;
  // declaration files are parsed in an ambient context oxc's `ts` does not assume: left to typescript-eslint
  if (!parser || (options.filePath !== undefined && DECLARATION_FILE.test(options.filePath))) return null;
  // a lone surrogate: oxc reads the text as UTF-8 and gives U+FFFD in its place
  if (LONE_SURROGATE.test(code)) return null;
  const globalReturn = options.ecmaFeatures?.globalReturn === true;
  // CommonJS, which allows a top-level `return`, also reads `<!--` and `-->` as comments; TypeScript does not
  if (globalReturn && (code.includes('<!--') || code.includes('-->'))) return null;
  const jsx = isJsx(options);
  const sourceType = options.sourceType === 'module' ? 'module' : 'script';
  const parsed = parser.parseSync(jsx ? 'document.tsx' : 'document.ts', code, {
    lang: jsx ? 'tsx' : 'ts',
    astType: 'ts',
    range: true,
    preserveParens: false,
    sourceType: globalReturn ? 'commonjs' : 'module',
  });
  if (parsed.errors.length > 0) return null;
  const program = parsed.program as unknown as AstNode & Record<string, unknown>;
  const lines = new LineStarts(code);
  const hints = new TokenHints(code);
  let shaped = true;
  walkNodes(program, visitorKeys, node => {
    shaped &&= toTypeScriptEstreeShape(node, code);
    (node as { loc?: unknown }).loc = lines.locationOf(node.range);
    hints.note(node);
  });
  if (!shaped) return null;
  delete program.hashbang;
  let tokens;
  try {
    tokens = options.tokens === false ? [] : tokenize(code, hints, lines);
  } catch {
    return null;
  }
  program.tokens = tokens;
  program.comments = parsed.comments.map(comment => {
    const range: [number, number] = [comment.start, comment.end];
    return { type: comment.type, value: comment.value, range, loc: lines.locationOf(range) };
  });
  program.sourceType = sourceType;
  const ast = program as unknown as ReturnType<typeof tsParser.parseForESLint>['ast'];
  let scopeManager;
  try {
    scopeManager = analyze(ast, { globalReturn, jsxFragmentName: options.jsxFragmentName, jsxPragma: options.jsxPragma, lib: options.lib, sourceType });
  } catch {
    // nesting too deep for the scope analysis' recursion: typescript-eslint's parser says what it says of it
    return null;
  }
  // what typescript-eslint's parser gives without a project: no program, no type information
  const services = {
    program: null,
    emitDecoratorMetadata: false,
    experimentalDecorators: false,
    isolatedDeclarations: false,
    esTreeNodeToTSNodeMap: new WeakMap(),
    tsNodeToESTreeNodeMap: new WeakMap(),
  };
  return { ast, scopeManager, services: services as never, visitorKeys };
}

export const oxcTypeScriptParser = {
  meta: { name: 'gather-oxc-typescript-parser', version: '0.1.0' },
  parseForESLint(code: string, options: ParserOptions = {}): ReturnType<typeof tsParser.parseForESLint> {
    return parseWithOxc(code, options) ?? tsParser.parseForESLint(code, options as Parameters<typeof tsParser.parseForESLint>[1]);
  },
};
