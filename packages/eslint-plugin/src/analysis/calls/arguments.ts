/**
 * Calls whose arguments say what they do, whatever the method is called:
 *
 * - a command object (`client.send(new GetItemCommand(…))`, `queryBus.execute(new GetUserQuery(id))`):
 *   the command's name decides;
 * - a GraphQL document (`client.request(GET_USER)`, a `fetch` whose body holds `{ query }`): its
 *   operation kind decides, whatever the HTTP method;
 * - SQL text (`pool.query('SELECT …')`, ``sql`UPDATE …` ``, `env.DB.prepare(sql).first()`): its
 *   statement decides;
 * - an HTTP route or method (`octokit.request('GET /repos/{owner}/{repo}')`,
 *   `fetch(url, { method: 'POST' })`, `apiRequest.call(this, 'DELETE', path)`).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName, skipTypeWrappers } from '../ast.js';
import { getCalledName, getChainCalls, getNameOf, splitWords, type WorkStart } from '../called-names.js';
import type { OperationKind } from './operation.js';

export interface ArgumentVerdict {
  readonly kind: OperationKind;
  readonly reason: string;
  /** The table, bucket or queue the call addresses, when its arguments name one. */
  readonly key: string | null;
}

/** Follows a `const` name to the expression it was initialized with (`const GET_USER = gql\`…\``). */
export type ConstantResolver = (identifier: TSESTree.Identifier) => TSESTree.Expression | null;

/** What the arguments of a call (or of the calls of its chain) say it does, or null when they say nothing. */
export function classifyByArguments(start: WorkStart, resolve: ConstantResolver, text: string): ArgumentVerdict | null {
  const chain = getChainCalls(start);
  for (const call of chain) {
    const verdict = byCommand(call, resolve, text) ?? byGraphQL(call, resolve) ?? bySql(call, resolve);
    if (verdict) return verdict;
  }
  // `got(url, { method: 'POST' }).json()`: the method is an option of the request the chain reads
  for (const call of [start, ...chain]) {
    const verdict = byHttpMethod(call, resolve);
    if (verdict) return verdict;
  }
  for (const call of [start, ...chain]) {
    const verdict = byDestination(call, resolve);
    if (verdict) return verdict;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Downloads into a file
// ---------------------------------------------------------------------------------------------

/** Options that name the local file a download is written to (a remote object's `path` or `key` is no such thing). */
const DESTINATION_OPTIONS = new Set(['destination', 'dest', 'localPath', 'filePath', 'fileUri', 'outputPath', 'outFile', 'downloadPath']);

/**
 * A download into a local file writes that file: `FileSystem.downloadAsync(url, target)`,
 * `file.download({ destination })`, `blob.downloadToFile(path)`. It stays in its place (ordered):
 * what comes after may read the file, under whatever name. A download that gives its bytes back
 * (`file.download()`, `downloadArchive({ owner, repo })`, `storage.download(bucket, key)`) stays a read.
 */
function byDestination(call: WorkStart, resolve: ConstantResolver): ArgumentVerdict | null {
  const name = getCalledName(call);
  if (name === null || splitWords(name)[0] !== 'download') return null;
  const writes =
    /tofile$/i.test(name) ||
    ownArgumentsOf(call).some((argument, index) => {
      const value = valueOf(argument, resolve) ?? argument;
      if (value.type === AST_NODE_TYPES.ObjectExpression) return propertyNamed(value, DESTINATION_OPTIONS) !== undefined;
      // the second argument, when it is a local path: a name that says so, `path.join(…)`, `dir + name`, `${dir}/${name}`
      return index === 1 && isLocalPath(skipTypeWrappers(argument));
    });
  return writes ? { kind: 'ordered', reason: 'a download into a file writes it', key: null } : null;
}

const DESTINATION_NAME = /(?:path|dest|destination|target|uri|file|filename|output)$/i;
const DIRECTORY_NAME = /(?:dir|directory|folder|path|tmp|temp|root)$/i;

/** A local file path as code writes one: a name that says so, `path.join(…)`, or a directory joined with a name. */
function isLocalPath(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression) return DESTINATION_NAME.test(getNameOf(node) ?? '');
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const called = getCalledName(node);
    return called === 'join' || called === 'resolve';
  }
  // the directory leads: `dir + name`, `FileSystem.documentDirectory + name`, `${cacheDir}/${name}`
  const first =
    node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+'
      ? leftmostOf(node)
      : node.type === AST_NODE_TYPES.TemplateLiteral && node.quasis[0]?.value.raw === ''
        ? node.expressions[0]
        : null;
  return first !== null && first !== undefined && DIRECTORY_NAME.test(getNameOf(first) ?? '');
}

function leftmostOf(node: TSESTree.BinaryExpression): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') current = current.left;
  return current;
}

/** The arguments the called function receives: `fn.call(thisArg, a, b)` hands it `a, b`; `fn.apply(thisArg, list)` none that can be seen. */
function ownArgumentsOf(call: WorkStart): readonly TSESTree.Node[] {
  if (call.type !== AST_NODE_TYPES.CallExpression) return argumentsOf(call);
  const callee = skipTypeWrappers(call.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? getStaticPropertyName(callee) : null;
  if (method === 'call') return call.arguments.slice(1);
  if (method === 'apply') return [];
  return call.arguments;
}

/** The first property of an object literal written `name: …` (not computed) with this name, or one of these names. */
function propertyNamed(object: TSESTree.ObjectExpression, names: string | ReadonlySet<string>): TSESTree.Property | undefined {
  return object.properties.find(
    (candidate): candidate is TSESTree.Property =>
      candidate.type === AST_NODE_TYPES.Property &&
      !candidate.computed &&
      candidate.key.type === AST_NODE_TYPES.Identifier &&
      (typeof names === 'string' ? candidate.key.name === names : names.has(candidate.key.name)),
  );
}

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

const COMMAND_CALLS = new Set(['send', 'execute', 'dispatch', 'handle', 'run', 'call', 'request', 'ask']);
const COMMAND_SUFFIX = /^(.+?)(Command|Query|Request|Input)$/;

/**
 * Read prefixes of AWS SDK v3 commands (and of command objects in general): `GetItem`,
 * `ListObjectsV2`, `DescribeTable`, `HeadObject`, `Query`, `Scan`, `BatchGetItem`…; stateless
 * computations (`Decrypt`, `Sign`, `AssumeRole`) count as reads.
 */
const READ_COMMAND_WORDS = new Set([
  'get',
  'list',
  'describe',
  'head',
  'query',
  'scan',
  'select',
  'search',
  'filter',
  'lookup',
  'simulate',
  'estimate',
  'preview',
  'detect',
  'analyze',
  'translate',
  'converse',
  'count',
  'fetch',
  'find',
  'read',
  'decrypt',
  'encrypt',
  're',
  'generate',
  'sign',
  'decode',
  'assume',
  'test',
  'retrieve',
  'check',
]);
/** Commands whose names read but which change or consume state. */
const WRITING_READ_COMMANDS = new Set(['GetUserAttributeVerificationCode', 'GetId', 'GetOpenIdToken', 'GetCredentialsForIdentity']);
const ORDERED_COMMANDS = /^(?:ReceiveMessage|GetRecords|GetActivityTask|ExecuteTransaction|TransactWrite(?:Items)?|ExecuteStatement|BatchExecuteStatement)$/;

/** Whether an AWS-style command name (`GetItem`, `AdminGetUser`, `BatchGet`) reads. */
export function commandKind(name: string): OperationKind {
  if (WRITING_READ_COMMANDS.has(name)) return 'write';
  if (ORDERED_COMMANDS.test(name)) return 'ordered';
  const words = splitWords(name);
  // Cognito puts `Admin` before the verb; DynamoDB batches and transactions put `Batch`/`Transact`
  const verb = words[0] === 'admin' || words[0] === 'batch' || words[0] === 'transact' ? words[1] : words[0];
  // KMS `Verify`/`VerifyMac` check a signature; SES `VerifyEmailIdentity` and Cognito `VerifyUserAttribute` change state
  if (verb === 'verify') return name === 'Verify' || name === 'VerifyMac' ? 'read' : 'write';
  return verb !== undefined && READ_COMMAND_WORDS.has(verb) ? 'read' : 'write';
}

function byCommand(call: WorkStart, resolve: ConstantResolver, text: string): ArgumentVerdict | null {
  const name = getCalledName(call);
  if (name === null || !COMMAND_CALLS.has(name)) return null;
  for (const argument of argumentsOf(call)) {
    const value = valueOf(argument, resolve);
    if (value?.type !== AST_NODE_TYPES.NewExpression) continue;
    const className =
      value.callee.type === AST_NODE_TYPES.Identifier
        ? value.callee.name
        : value.callee.type === AST_NODE_TYPES.MemberExpression
          ? getStaticPropertyName(value.callee)
          : null;
    const match = className ? COMMAND_SUFFIX.exec(className) : null;
    if (!match) continue;
    const kind = match[2] === 'Query' ? 'read' : commandKind(match[1]!);
    return { kind, reason: `command ${className}`, key: commandKey(value, resolve, text) };
  }
  return null;
}

const COMMAND_KEY_PROPERTIES = [
  'TableName',
  'Bucket',
  'QueueUrl',
  'TopicArn',
  'SecretId',
  'FunctionName',
  'StreamName',
  'LogGroupName',
  'StateMachineArn',
  'IndexName',
];

/** The table, bucket, queue… a command's input names (`{ TableName: USERS }` gives `USERS`). */
function commandKey(command: TSESTree.NewExpression, resolve: ConstantResolver, text: string): string | null {
  const input = command.arguments[0] ? valueOf(command.arguments[0], resolve) : null;
  if (input?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  for (const name of COMMAND_KEY_PROPERTIES) {
    const property = propertyNamed(input, name);
    if (property) return sourceKey(property.value, text);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// GraphQL
// ---------------------------------------------------------------------------------------------

const GRAPHQL_TAGS = new Set(['gql', 'graphql']);
/**
 * A query in the `{ … }` shorthand: a field after the brace, then its selection, arguments, a
 * directive, another field or the end (`{ viewer { login } }`); not JSON (`{"status":"open"}`)
 * nor an object's text (`{ status: 'open' }`).
 */
const GRAPHQL_SHORTHAND = /^\s*\{\s*[A-Za-z_]\w*(?:\s*[({@}]|\s+[A-Za-z_{])/;
// where a request carries its document: the body (`body`, ky and got's `json`, axios' `data`) or the document itself
const DOCUMENT_PROPERTIES = new Set(['query', 'document', 'mutation', 'subscription', 'body', 'json', 'data']);

function byGraphQL(call: WorkStart, resolve: ConstantResolver): ArgumentVerdict | null {
  for (const argument of argumentsOf(call)) {
    const kind = graphQLKindOf(argument, resolve, 0);
    if (kind) return { kind, reason: `GraphQL ${kind === 'read' ? 'query' : kind === 'write' ? 'mutation' : 'subscription'}`, key: null };
  }
  return null;
}

/** The operation kind of a GraphQL document, or of an object or JSON body that carries one. */
function graphQLKindOf(node: TSESTree.Node, resolve: ConstantResolver, depth: number, isQueryProperty = false): OperationKind | null {
  if (depth > 3) return null;
  const value = valueOf(node, resolve);
  if (!value) return null;
  if (value.type === AST_NODE_TYPES.TaggedTemplateExpression) {
    const tag =
      value.tag.type === AST_NODE_TYPES.Identifier
        ? value.tag.name
        : value.tag.type === AST_NODE_TYPES.MemberExpression
          ? getStaticPropertyName(value.tag)
          : null;
    return tag !== null && GRAPHQL_TAGS.has(tag) ? operationOfDocument(templateText(value.quasi)) : null;
  }
  if (value.type === AST_NODE_TYPES.CallExpression) {
    // graphql(`query …`) (gql.tada, graphql-codegen's client preset), JSON.stringify({ query })
    const name = getCalledName(value);
    if (name !== null && (GRAPHQL_TAGS.has(name) || name === 'stringify') && value.arguments[0]) return graphQLKindOf(value.arguments[0], resolve, depth + 1);
    return null;
  }
  if (value.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of value.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
      const key =
        property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : '';
      if (!DOCUMENT_PROPERTIES.has(key)) continue;
      const kind = graphQLKindOf(property.value, resolve, depth + 1, key === 'query');
      if (kind) return key === 'mutation' ? 'write' : kind;
      if (key === 'mutation') return 'write';
    }
    return null;
  }
  const literal = stringOf(value);
  // a document names its operation; the `{ … }` shorthand of a query counts only where a query is expected
  if (literal !== null && (/^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\b/.test(literal) || (isQueryProperty && GRAPHQL_SHORTHAND.test(literal))))
    return operationOfDocument(literal);
  if (node.type === AST_NODE_TYPES.Identifier && value === node) {
    // a document imported from elsewhere: its name is all there is (`UpdateUserMutation`, `MUTATION_UPDATE_USER`,
    // codegen's `OnMessageSubscriptionDocument`); a name that goes on past the kind names something else
    // (`subscriptionId`, `mutationCount`)
    const kind = documentKindOfName(node.name);
    if (kind === 'mutation') return 'write';
    if (kind === 'subscription') return 'ordered';
  }
  return null;
}

/** Words that may follow a document's kind in its name: `…MutationDocument`, `…MutationGQL`, `…_MUTATION_STRING`. */
const DOCUMENT_SUFFIXES = new Set(['document', 'doc', 'gql', 'graphql', 'string', 'ast', 'node', 'text', 'source']);

/**
 * `mutation` or `subscription` when a name says it holds such a document: the kind last, or before
 * document suffixes only (`UpdateUserMutation`, `OnMessageSubscriptionDocument`), or first in a
 * constant's name (`MUTATION_UPDATE_USER`); not a name that goes on past it (`subscriptionId`).
 */
function documentKindOfName(name: string): string | null {
  const words = splitWords(name);
  const isConstant = /^[A-Z0-9_$]+$/.test(name);
  for (const [index, word] of words.entries()) {
    if (word !== 'mutation' && word !== 'subscription') continue;
    if (index === 0 && isConstant) return word;
    if (words.slice(index + 1).every(rest => DOCUMENT_SUFFIXES.has(rest))) return word;
  }
  return null;
}

function operationOfDocument(document: string): OperationKind | null {
  const body = document.replace(/#[^\n]*/g, '').trimStart();
  if (/^mutation\b/.test(body)) return 'write';
  if (/^subscription\b/.test(body)) return 'ordered';
  if (/^(?:query\b|\{)/.test(body)) return 'read';
  return null;
}

// ---------------------------------------------------------------------------------------------
// SQL
// ---------------------------------------------------------------------------------------------

const SQL_CALLS = new Set([
  'query',
  'execute',
  'exec',
  'run',
  'all',
  'get',
  'first',
  'one',
  'many',
  'any',
  'none',
  'oneOrNone',
  'manyOrNone',
  'result',
  'prepare',
  'raw',
  'unsafe',
  '$queryRaw',
  '$queryRawUnsafe',
  '$executeRaw',
  '$executeRawUnsafe',
  // BigQuery: a job that runs the query it is handed
  'createQueryJob',
  'createQueryStream',
  'maybeOne',
  'sql',
  'batch',
]);
const SQL_TAGS = /(?:^|\.)(?:sql|SQL|\$queryRaw|\$executeRaw|query|raw|unsafe)$/;

function bySql(call: WorkStart, resolve: ConstantResolver): ArgumentVerdict | null {
  let sql: string | null = null;
  if (call.type === AST_NODE_TYPES.TaggedTemplateExpression) {
    const tag = tagPath(call.tag);
    if (tag !== null && SQL_TAGS.test(tag)) sql = templateText(call.quasi);
  } else {
    const name = getCalledName(call);
    const first = argumentsOf(call)[0];
    if (name !== null && first && (SQL_CALLS.has(name) || namesAQuery(name))) sql = sqlTextOf(first, resolve);
  }
  if (sql === null) return null;
  // BigQuery's `{ query, destination }` writes its result into a table
  if (hasOption(argumentsOf(call)[0], resolve, WRITING_QUERY_OPTIONS))
    return { kind: 'write', reason: 'a query that writes its result into a table', key: null };
  const kind = sqlKind(sql);
  return kind ? { kind, reason: `SQL ${kind === 'read' ? 'read' : 'statement'}`, key: null } : null;
}

/**
 * A called name that runs the query or SQL it is handed (`executeQuery`, `runSql`, `execQuery`):
 * its SQL text, when it has one, says what it does. A name whose verb says more (`createQuery`,
 * `saveQuery` store a query) keeps its verb.
 */
function namesAQuery(name: string): boolean {
  const words = splitWords(name);
  return words.length > 1 && RUNNING_VERBS.has(words[0]!) && words.some(word => word === 'query' || word === 'sql');
}

const RUNNING_VERBS = new Set(['execute', 'exec', 'run', 'start', 'submit', 'send', 'perform']);

/** Option names that hold the statement: pg's `text`, mysql2's `sql`, ClickHouse's and BigQuery's `query`, Snowflake's `sqlText`. */
const SQL_OPTIONS = new Set(['text', 'sql', 'query', 'sqlText', 'statement']);

const WRITING_QUERY_OPTIONS = new Set(['destination', 'writeDisposition', 'destinationTable']);

/** Whether an options object (or the constant it names) has one of these properties. */
function hasOption(node: TSESTree.Node | undefined, resolve: ConstantResolver, names: ReadonlySet<string>): boolean {
  const value = node ? valueOf(node, resolve) : null;
  return value?.type === AST_NODE_TYPES.ObjectExpression && propertyNamed(value, names) !== undefined;
}

function sqlTextOf(node: TSESTree.Node, resolve: ConstantResolver): string | null {
  const value = valueOf(node, resolve);
  if (!value) return null;
  if (value.type === AST_NODE_TYPES.TaggedTemplateExpression) {
    const tag = tagPath(value.tag);
    return tag !== null && SQL_TAGS.test(tag) ? templateText(value.quasi) : null;
  }
  if (value.type === AST_NODE_TYPES.ObjectExpression) {
    // pg's `{ text, values }`, mysql2's `{ sql, values }`, `{ query, format }` of ClickHouse
    const property = propertyNamed(value, SQL_OPTIONS);
    return property ? sqlTextOf(property.value, resolve) : null;
  }
  const text = stringOf(value);
  return text !== null && /^\s*(?:--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*[A-Za-z(]/.test(text) && isSqlLike(text) ? text : null;
}

const SQL_READ = /^(?:select|show|explain|describe|desc|values|table|pragma)\b/;
const SQL_WRITE =
  /^(?:insert|update|delete|merge|replace|upsert|create|alter|drop|truncate|grant|revoke|call|do|copy|vacuum|refresh|notify|comment|analyze|reindex|cluster)\b/;
const SQL_ORDERED = /^(?:begin|start|commit|rollback|end|savepoint|release|lock|set|listen|unlisten|prepare|deallocate|discard|reset)\b/;
const CYPHER_READ = /^(?:optional\s+match|match|unwind)\b|^call\s+[\w.]+\s*\([^)]*\)\s*yield\b/;
const CYPHER_WRITE =
  /\b(?:create|merge|set|delete|detach|remove|foreach|load\s+csv)\b|\bcall\s+[\w.]*(?:create|merge|set|delete|remove|refactor|periodic|trigger|drop)\w*\s*\(/;
const SQL_LOCKING = /\bfor\s+(?:update|share|no\s+key\s+update|key\s+share)\b|\bnextval\s*\(|\bsetval\s*\(|\bpg_advisory|\bget_lock\s*\(|\binto\s+(?!@)\w/;
const SQL_WRITING_CTE = /\b(?:insert\s+into|update\s+\w+\s+set|delete\s+from|merge\s+into)\b/;

function isSqlLike(text: string): boolean {
  const statement = stripSqlComments(text);
  return (
    SQL_READ.test(statement) || SQL_WRITE.test(statement) || SQL_ORDERED.test(statement) || CYPHER_READ.test(statement) || /^(?:with\b|\()/.test(statement)
  );
}

function stripSqlComments(text: string): string {
  return text
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .trim()
    .replace(/^\(+\s*/, '')
    .toLowerCase();
}

/** What a SQL statement does: reads (`SELECT` without locks), writes, or ordered (transaction control, locks). */
export function sqlKind(text: string): OperationKind | null {
  const statement = stripSqlComments(text);
  // Cypher (Neo4j, Memgraph): a MATCH, or a procedure CALL that YIELDs, reads unless a clause writes
  if (CYPHER_READ.test(statement)) return CYPHER_WRITE.test(statement) ? 'write' : 'read';
  if (SQL_ORDERED.test(statement)) return 'ordered';
  if (SQL_WRITE.test(statement)) return 'write';
  // a leading WITH: a SQL CTE, or Cypher piping values into a MATCH that may SET, CREATE or DELETE
  if (/^with\b/.test(statement))
    return SQL_WRITING_CTE.test(statement) || CYPHER_WRITE.test(statement) ? 'write' : SQL_LOCKING.test(statement) ? 'ordered' : 'read';
  if (SQL_READ.test(statement)) {
    if (/^explain\s+analy[sz]e\b/.test(statement)) return 'write';
    return SQL_LOCKING.test(statement) ? 'ordered' : 'read';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

const HTTP_METHOD = /^(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE|CONNECT|TRACE)$/i;
const HTTP_ROUTE = /^(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE)\s+\//;
const READING_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * `octokit.request('GET /repos/{owner}/{repo}')`, `fetch(url, { method: 'POST' })`,
 * `axios({ method: 'delete', url })`, `apiRequest.call(this, 'POST', endpoint)`.
 */
function byHttpMethod(start: WorkStart, resolve: ConstantResolver): ArgumentVerdict | null {
  for (const argument of argumentsOf(start)) {
    const value = valueOf(argument, resolve);
    if (!value) continue;
    const literal = stringOf(value);
    if (literal !== null) {
      const route = HTTP_ROUTE.exec(literal);
      const method = route?.[1] ?? (HTTP_METHOD.test(literal) && literal === literal.toUpperCase() ? literal : null);
      if (method) return methodVerdict(method);
      continue;
    }
    if (value.type === AST_NODE_TYPES.ObjectExpression) {
      const property = propertyNamed(value, 'method');
      const method = property ? stringOf(valueOf(property.value, resolve) ?? property.value) : null;
      if (method !== null && HTTP_METHOD.test(method)) return methodVerdict(method);
    }
  }
  return null;
}

function methodVerdict(method: string): ArgumentVerdict {
  const upper = method.toUpperCase();
  return { kind: READING_METHODS.has(upper) ? 'read' : 'write', reason: `HTTP ${upper}`, key: null };
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

function argumentsOf(call: WorkStart): readonly TSESTree.Node[] {
  if (call.type === AST_NODE_TYPES.CallExpression || call.type === AST_NODE_TYPES.NewExpression) return call.arguments;
  if (call.type === AST_NODE_TYPES.TaggedTemplateExpression) return [call.quasi];
  return [call.source];
}

/** The expression a node stands for: through type wrappers, and through a `const` name to its initializer. */
export function valueOf(node: TSESTree.Node, resolve: ConstantResolver): TSESTree.Node | null {
  const inner = skipTypeWrappers(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return resolve(inner) ?? inner;
  return inner;
}

/** The text of a string literal or a template literal (its expressions as `?`). */
export function stringOf(node: TSESTree.Node): string | null {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return templateText(node);
  return null;
}

function templateText(template: TSESTree.TemplateLiteral): string {
  return template.quasis.map(quasi => quasi.value.cooked ?? quasi.value.raw).join('?');
}

function tagPath(tag: TSESTree.Node): string | null {
  const inner = skipTypeWrappers(tag);
  if (inner.type === AST_NODE_TYPES.Identifier) return inner.name;
  if (inner.type === AST_NODE_TYPES.MemberExpression) {
    const object = tagPath(inner.object);
    const name = getStaticPropertyName(inner);
    return name === null ? null : object === null ? name : `${object}.${name}`;
  }
  if (inner.type === AST_NODE_TYPES.CallExpression) return tagPath(inner.callee);
  return null;
}

/** A key as source text without spacing: literals by value, everything else by its code. */
export function sourceKey(node: TSESTree.Node, text: string): string {
  const inner = skipTypeWrappers(node);
  if (inner.type === AST_NODE_TYPES.Literal) return String(inner.value);
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) return inner.quasis[0]?.value.cooked ?? '';
  return text.slice(...inner.range).replace(/\s+/g, '');
}
