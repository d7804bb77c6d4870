/**
 * What calls of the libraries people use most do, as data: one entry per library, documented in
 * `docs/rules/no-sequential-await.md` (§ Libraries it knows) and tested entry by entry in
 * `tests/analysis/libraries.test.ts`. The `libraries` option adds entries of the same shape.
 *
 * A call belongs to a library when the object it goes through (or the function it calls) was
 * imported from one of the entry's `modules` (directly, or through `new X()`, `X()`, `X.from()`…,
 * or a parameter or field typed with one of its `types`), or when no import says where the object
 * came from and its name is one of the entry's `names`.
 *
 * The entry's `calls` are tried in order against the call's path below the client (calls in the
 * chain elided: `db.selectFrom('t').selectAll().execute()` has the path `selectFrom.selectAll.execute`):
 * the first pattern that matches gives the kind (see `path-patterns.ts` for the syntax). When none
 * matches, `otherwise` gives it: a kind, or `words` (the verbs of the called names decide).
 *
 * `resource` says what a call addresses beyond its client, so that a write and a later read are
 * ordered only when they may touch the same thing:
 * - `client`: the whole client (Stripe, OpenAI: any write may change what any read returns);
 * - `segment`: the first path segment (`prisma.user`, `prisma.post`);
 * - `table`: the first argument of the call that names a table or collection in the chain
 *   (`knex('users')`, `db.selectFrom('users')`, `supabase.from('users')`, `db.collection('users')`);
 * - `argument`: the call's first argument (`redis.get(key)`, `kv.put(key, value)`);
 * - `library`: every call of the library touches one shared thing (the file system).
 *
 * `exclusive` marks clients that do one thing at a time (a browser page): calls through the same
 * one keep their order whatever they do.
 */
import type { OperationKind } from './operation.js';

export type ResourceScope = 'client' | 'segment' | 'table' | 'argument' | 'library';

/** `none`: the call computes on this thread or in memory, so there is nothing to overlap. */
export type CallLatency = 'none';

export interface LibraryEntry {
  readonly name: string;
  /** Import specifiers; a trailing `/` matches every subpath (`@aws-sdk/` matches `@aws-sdk/client-s3`). */
  readonly modules: readonly string[];
  /** Type names of parameters and fields that hold the library's clients (`Stripe`, `PrismaClient`). */
  readonly types?: readonly string[];
  /** Distinctive variable or field names of its clients, used when no import says where they came from. */
  readonly names?: readonly string[];
  /** What calls below a client do, by path pattern; a call that computes in memory says so (`'none'`). */
  readonly calls: readonly (readonly [pattern: string, kind: OperationKind, latency?: CallLatency])[];
  readonly otherwise: OperationKind | 'words';
  readonly resource: ResourceScope;
  /**
   * Whether a client does one thing at a time, so that even two reads through the same one keep
   * their order: a page in a browser (its state moves between reads), a rendered screen.
   */
  readonly exclusive?: boolean;
  /** `none` for libraries that compute on this thread (a parser, a template engine): nothing to overlap. */
  readonly latency?: CallLatency;
  /** Whether its spawning calls run subprocesses: one whose command line only reads is a read (`command-lines.ts`). */
  readonly runsCommands?: boolean;
}

const READS_OF_SDKS = '**.retrieve*|list*|search|find|preview|pdf|count*|download*|content|get*';

export const LIBRARIES: readonly LibraryEntry[] = [
  {
    name: 'AWS SDK v3',
    modules: ['@aws-sdk/'],
    types: [
      'S3Client',
      'DynamoDBClient',
      'DynamoDBDocumentClient',
      'SQSClient',
      'SNSClient',
      'SESClient',
      'SESv2Client',
      'LambdaClient',
      'SecretsManagerClient',
      'SSMClient',
      'KMSClient',
      'S3',
      'DynamoDB',
      'DynamoDBDocument',
    ],
    // `send(new XCommand(…))` is judged by its command (see arguments.ts); the v2-style methods by their names
    calls: [
      ['getSignedUrl', 'read'],
      ['waitUntil*', 'ordered'],
      ['paginate*', 'ordered'],
      [
        '**.get*|list*|describe*|head*|query|scan|batchGet*|select*|search*|filter*|lookup*|estimate*|preview*|decrypt|encrypt|sign|generateDataKey*|generateRandom|assumeRole*|getCallerIdentity|transactGet*',
        'read',
      ],
      ['**.receiveMessage|getRecords|getActivityTask', 'ordered'],
      ['**.done', 'write'],
    ],
    otherwise: 'write',
    resource: 'client',
  },
  {
    name: 'Stripe',
    modules: ['stripe'],
    types: ['Stripe'],
    names: ['stripe', 'stripeClient'],
    calls: [
      ['**.retrieve*|list*|search|find|preview|pdf', 'read'],
      ['invoices.createPreview', 'read'],
      ['tax.calculations.create', 'read'],
      ['webhooks.**', 'read'],
    ],
    otherwise: 'write',
    resource: 'client',
  },
  {
    name: 'OpenAI',
    modules: ['openai', 'groq-sdk', 'together-ai', '@azure/openai'],
    types: ['OpenAI', 'AzureOpenAI', 'Groq'],
    names: ['openai', 'groq'],
    calls: [
      ['chat.completions.create|parse|stream', 'read'],
      ['beta.chat.completions.parse|stream', 'read'],
      ['completions.create', 'read'],
      ['responses.create|parse|stream', 'read'],
      ['responses.inputTokens.count', 'read'],
      ['embeddings.create', 'read'],
      ['moderations.create', 'read'],
      ['images.generate|edit|createVariation', 'read'],
      ['audio.transcriptions|translations|speech.create', 'read'],
      ['vectorStores|vector_stores.search', 'read'],
      [READS_OF_SDKS, 'read'],
    ],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'Anthropic',
    modules: ['@anthropic-ai/sdk', '@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk'],
    types: ['Anthropic', 'AnthropicBedrock', 'AnthropicVertex'],
    names: ['anthropic', 'claude'],
    calls: [
      ['messages.create|stream|parse|countTokens', 'read'],
      ['beta.messages.create|stream|parse|countTokens', 'read'],
      ['completions.create', 'read'],
      ['**.batches.results', 'ordered'],
      [READS_OF_SDKS, 'read'],
    ],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'LLM SDKs (Google Gen AI, Mistral, Cohere, Ollama)',
    modules: ['@google/genai', '@google/generative-ai', '@mistralai/mistralai', 'cohere-ai', 'ollama', 'replicate'],
    types: ['GoogleGenAI', 'GoogleGenerativeAI', 'Mistral', 'CohereClient', 'CohereClientV2', 'Ollama'],
    calls: [
      ['**.generateContent|generateContentStream|countTokens|embedContent|embedContents|batchEmbedContents', 'read'],
      ['**.complete|stream|chat|embed|generate|rerank|classify|tokenize|detokenize|run', 'read'],
      [READS_OF_SDKS, 'read'],
    ],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'Vercel AI SDK',
    modules: ['ai'],
    calls: [
      [
        'generateText|generateObject|streamText|streamObject|embed|embedMany|generateImage|experimental_generateImage|experimental_transcribe|experimental_generateSpeech|rerank',
        'read',
      ],
    ],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'LangChain models',
    modules: [
      '@langchain/openai',
      '@langchain/anthropic',
      '@langchain/google-genai',
      '@langchain/google-vertexai',
      '@langchain/mistralai',
      '@langchain/groq',
      '@langchain/ollama',
      '@langchain/aws',
      '@langchain/cohere',
      // a chain begun from a prompt template or output parser (`prompt.pipe(model).pipe(parser)`) runs the model it holds
      '@langchain/core/prompts',
      '@langchain/core/output_parsers',
    ],
    types: ['ChatOpenAI', 'ChatAnthropic', 'OpenAIEmbeddings', 'BaseChatModel', 'Embeddings'],
    calls: [['invoke|batch|stream|call|predict|generate|embedQuery|embedDocuments|withStructuredOutput', 'read']],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'Prisma',
    modules: ['@prisma/client', '.prisma/client'],
    types: ['PrismaClient', 'PrismaService'],
    names: ['prisma'],
    calls: [
      ['*.findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findMany|count|aggregate|groupBy|findRaw|aggregateRaw', 'read'],
      ['$queryRaw|$queryRawUnsafe|$queryRawTyped', 'read'],
      ['$executeRaw|$executeRawUnsafe|$runCommandRaw', 'write'],
      ['$transaction|$connect|$disconnect', 'ordered'],
    ],
    otherwise: 'words',
    resource: 'segment',
  },
  {
    name: 'Drizzle',
    modules: ['drizzle-orm', 'drizzle-orm/'],
    types: [
      'NodePgDatabase',
      'PostgresJsDatabase',
      'NeonHttpDatabase',
      'NeonDatabase',
      'LibSQLDatabase',
      'DrizzleD1Database',
      'BetterSQLite3Database',
      'MySql2Database',
      'PgDatabase',
      'VercelPgDatabase',
      'PlanetScaleDatabase',
    ],
    calls: [
      ['select|selectDistinct|selectDistinctOn.**.for', 'ordered'],
      ['select|selectDistinct|selectDistinctOn|query|$count.**', 'read'],
      ['insert|update|delete|refreshMaterializedView.**', 'write'],
      ['transaction|batch', 'ordered'],
    ],
    otherwise: 'words',
    resource: 'table',
  },
  {
    name: 'Kysely',
    modules: ['kysely'],
    types: ['Kysely', 'Transaction', 'ControlledTransaction'],
    calls: [
      ['selectFrom|selectNoFrom.**.forUpdate|forShare|forNoKeyUpdate|forKeyShare.**', 'ordered'],
      ['selectFrom|selectNoFrom|introspection.**', 'read'],
      ['insertInto|replaceInto|updateTable|deleteFrom|mergeInto|schema.**', 'write'],
      ['transaction|startTransaction|connection|destroy.**', 'ordered'],
    ],
    otherwise: 'words',
    resource: 'table',
  },
  {
    name: 'Knex',
    modules: ['knex'],
    types: ['Knex'],
    names: ['knex'],
    calls: [
      ['**.forUpdate|forShare|forNoKeyUpdate|forKeyShare|skipLocked|noWait.**', 'ordered'],
      ['**.insert|update|del|delete|increment|decrement|truncate|upsert|merge.**', 'write'],
      ['schema.hasTable|hasColumn', 'read'],
      ['schema|migrate|seed.**', 'write'],
      ['transaction|transactionProvider|destroy|stream|pipe', 'ordered'],
    ],
    otherwise: 'read',
    resource: 'table',
  },
  {
    name: 'TypeORM',
    modules: ['typeorm'],
    types: ['Repository', 'EntityManager', 'DataSource', 'TreeRepository', 'MongoRepository'],
    calls: [
      ['**.getMany|getOne|getOneOrFail|getRawMany|getRawOne|getCount|getManyAndCount|getExists|loadMany|loadOne', 'read'],
      [
        'find|findBy|findOne|findOneBy|findOneOrFail|findOneByOrFail|findAndCount|findAndCountBy|count|countBy|exist|exists|existsBy|sum|average|minimum|maximum|preload|findTrees|findRoots|findDescendants|findDescendantsTree|findAncestors|findAncestorsTree|countDescendants|countAncestors',
        'read',
      ],
      ['transaction|createQueryRunner|manager.transaction', 'ordered'],
      ['save|insert|update|updateAll|upsert|delete|deleteAll|remove|softDelete|softRemove|restore|recover|increment|decrement|clear', 'write'],
    ],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'Sequelize',
    modules: ['sequelize', '@sequelize/core', 'sequelize-typescript'],
    types: ['Sequelize'],
    calls: [
      ['findOrCreate|findCreateFind', 'write'],
      ['findAll|findOne|findByPk|findAndCountAll|count|max|min|sum|aggregate|describe', 'read'],
      ['transaction|startUnmanagedTransaction|authenticate|sync|close', 'ordered'],
    ],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'Mongoose',
    modules: ['mongoose'],
    types: ['Model'],
    calls: [
      ['**.find*And*', 'write'],
      ['startSession|transaction|watch|**.cursor', 'ordered'],
      ['**.find|findOne|findById|countDocuments|estimatedDocumentCount|exists|distinct|aggregate|populate|lean|exec', 'read'],
    ],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'MongoDB driver',
    modules: ['mongodb'],
    types: ['Collection', 'Db', 'MongoClient'],
    calls: [
      ['**.find*And*', 'write'],
      ['**.next|tryNext|hasNext|forEach|startSession|withSession|withTransaction|watch', 'ordered'],
      ['**.find|findOne|countDocuments|estimatedDocumentCount|count|distinct|aggregate|indexes|indexExists|listCollections|listIndexes|stats|toArray', 'read'],
    ],
    otherwise: 'words',
    resource: 'table',
  },
  {
    name: 'node-postgres and serverless Postgres',
    modules: ['pg', 'pg-pool', '@neondatabase/serverless', '@vercel/postgres', 'postgres', 'slonik', 'pg-promise'],
    types: ['Pool', 'PoolClient', 'Client', 'Sql'],
    // `query(sql)` and ``sql`…` `` are judged by their SQL (see arguments.ts)
    calls: [['connect|end|release|begin|reserve|tx|task|transaction|listen', 'ordered']],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'mysql2',
    modules: ['mysql2', 'mysql2/promise', 'mysql'],
    types: ['Pool', 'Connection', 'PoolConnection'],
    calls: [['getConnection|createConnection|beginTransaction|commit|rollback|end|release|changeUser', 'ordered']],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'Redis (ioredis, node-redis, Upstash, Vercel KV)',
    modules: ['ioredis', 'redis', '@redis/client', '@upstash/redis', '@vercel/kv'],
    types: ['Redis', 'RedisClientType', 'Cluster', 'VercelKV'],
    names: ['redis', 'redisClient', 'kv'],
    calls: [
      [
        'blpop|brpop|blmove|brpoplpush|bzpopmin|bzpopmax|blmpop|bzmpop|xreadgroup|wait|waitaof|subscribe|psubscribe|ssubscribe|multi|pipeline|exec|watch|unwatch|select|executeIsolated|duplicate|connect|quit|disconnect|monitor',
        'ordered',
      ],
      [
        'lpop|rpop|spop|zpopmin|zpopmax|lmpop|zmpop|rpoplpush|lmove|getdel|getset|getex|xack|xclaim|xautoclaim|zrangestore|sdiffstore|sinterstore|sunionstore|zunionstore|zinterstore|zdiffstore|geosearchstore',
        'write',
      ],
      [
        'get|getrange|mget|strlen|bitcount|bitpos|getbit|hexists|hget|hgetall|hkeys|hlen|hmget|hrandfield|hscan|hstrlen|httl|hvals|lindex|llen|lpos|lrange|scard|sdiff|sinter|sintercard|sismember|smembers|smismember|srandmember|sscan|sunion|zcard|zcount|zlexcount|zmscore|zrange*|zrank*|zrevrank*|zscan|zscore|zunion*|zinter*|zdiff*|zrevrange*|zrandmember|exists|type|ttl|pttl|expiretime|pexpiretime|randomkey|pfcount|xinfo|xlen|xpending|xrange|xrevrange|xread|geodist|geohash|geopos|geosearch|dbsize|echo|ping|time|scan|keys|lcs|dump|info',
        'read',
      ],
      ['json.get|mget|type|arrindex|arrlen|objkeys|objlen', 'read'],
      ['ft.search|aggregate|info', 'read'],
    ],
    otherwise: 'write',
    resource: 'argument',
  },
  {
    name: 'BullMQ',
    modules: ['bullmq', 'bull'],
    types: ['Queue', 'Job', 'Worker', 'FlowProducer'],
    calls: [
      [
        'getJob|getJobs|getJobCounts|getJobCountByTypes|count|getWaiting|getWaitingCount|getActive|getActiveCount|getCompleted|getCompletedCount|getFailed|getFailedCount|getDelayed|getDelayedCount|getPrioritized|getPrioritizedCount|getJobState|getJobLogs|getMetrics|getWorkers|getWorkersCount|getRepeatableJobs|isPaused|isMaxed|getState|isActive|isCompleted|isDelayed|isFailed|isWaiting|getChildrenValues|getDependencies|getDependenciesCount|getFlow',
        'read',
      ],
      ['waitUntilFinished|getNextJob|run', 'ordered'],
    ],
    otherwise: 'write',
    resource: 'client',
  },
  {
    name: 'Octokit',
    modules: ['octokit', '@octokit/rest', '@octokit/core', '@octokit/graphql', '@actions/github'],
    types: ['Octokit'],
    names: ['octokit'],
    // `request('GET /…')` and `graphql(query)` are judged by their route or document (see arguments.ts)
    calls: [
      ['paginate', 'read'],
      ['paginate.iterator', 'ordered'],
      ['**.get*|list*|check*|download*|compare*|codeownersErrors|diffRange|exportSbom', 'read'],
      ['search.**', 'read'],
      ['markdown.render|renderRaw', 'read'],
      ['**.generateReleaseNotes', 'read'],
    ],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'HTTP clients (axios, ky, got, ofetch, undici, superagent)',
    modules: ['axios', 'ky', 'got', 'ofetch', 'undici', 'superagent', 'node-fetch', 'cross-fetch', 'redaxios', 'wretch'],
    types: ['AxiosInstance'],
    calls: [
      ['get|head|options|getUri', 'read'],
      // the body of a response to a read, or of the client called directly (`ky(url).json()`, a GET);
      // `api.patch(url).json()` stays the PATCH it is
      ['get|head|options.json|text|blob|arrayBuffer|formData', 'read'],
      ['json|text|blob|arrayBuffer|formData', 'read'],
    ],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'file system (node:fs, fs-extra)',
    modules: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'fs-extra', 'graceful-fs', 'fs-extra/esm'],
    calls: [
      ['**.readFile|readdir|stat|lstat|access|readlink|realpath|exists|pathExists|readJson|readJSON|statfs', 'read'],
      // the synchronous reads block this thread: there is nothing to overlap (and what they return is data: `readFileSync(f).toString()`)
      [
        '**.readFileSync|readdirSync|statSync|lstatSync|accessSync|readlinkSync|realpathSync|existsSync|pathExistsSync|readJsonSync|readJSONSync.**',
        'read',
        'none',
      ],
      ['**.open|opendir|watch|mkdtemp|createReadStream|createWriteStream', 'ordered'],
    ],
    otherwise: 'write',
    resource: 'library',
  },
  {
    name: 'sockets and name lookups (node:net, node:tls, node:dns)',
    modules: ['net', 'node:net', 'tls', 'node:tls', 'dns', 'node:dns', 'dns/promises', 'node:dns/promises'],
    calls: [
      // each call opens its own connection or asks the resolver: nothing shared changes
      ['**.connect|createConnection|lookup|lookupService|resolve*|reverse', 'read'],
      // what a connection says of itself, and closing it
      ['**.getPeerCertificate|getCertificate|getProtocol|getCipher|getSession|address|end|destroy|setTimeout|setNoDelay|setKeepAlive|on|once|off', 'read'],
    ],
    otherwise: 'ordered',
    resource: 'client',
  },
  {
    name: 'computation off the main thread (crypto, compression, hashing, images)',
    // not `node:util`: what it makes (`promisify(fn)`) does what `fn` does
    modules: ['crypto', 'node:crypto', 'zlib', 'node:zlib', 'bcrypt', 'bcryptjs', 'argon2', 'jose', 'sharp'],
    // the WebCrypto global
    names: ['crypto'],
    calls: [
      ['**.toFile', 'write'],
      ['**.verify|jwtVerify|compare', 'guard'],
    ],
    otherwise: 'read',
    resource: 'library',
  },
  {
    name: 'computation on this thread (parsers, templates, formatters)',
    modules: [
      'path',
      'node:path',
      'url',
      'node:url',
      'buffer',
      'node:buffer',
      'zod',
      'yaml',
      'js-yaml',
      'marked',
      'gray-matter',
      'nanoid',
      'uuid',
      'prettier',
      '@babel/core',
      '@babel/parser',
      'postcss',
      'liquidjs',
      'handlebars',
      'ejs',
      'nunjucks',
      'mustache',
      'unified',
      'remark',
      'rehype',
      '@mdx-js/mdx',
      'lodash',
      'lodash-es',
      'date-fns',
      'dayjs',
      'semver',
      'jsonwebtoken',
      'slugify',
      'terser',
      'html-minifier-terser',
    ],
    calls: [],
    otherwise: 'read',
    resource: 'library',
    latency: 'none',
  },
  {
    name: 'in-memory caches (lru-cache, quick-lru, node-cache)',
    modules: ['lru-cache', 'quick-lru', 'node-cache', 'tiny-lru'],
    types: ['LRUCache', 'QuickLRU', 'NodeCache'],
    calls: [
      ['**.get|peek|has|keys|values|entries|getTtl|getRemainingTTL|info|dump', 'read', 'none'],
      // lru-cache's fetch runs the cache's fetchMethod on a miss: that may take time
      ['**.fetch|forceFetch', 'read'],
    ],
    otherwise: 'write',
    resource: 'client',
  },
  {
    name: 'Next.js request APIs',
    modules: ['next/headers'],
    // `await cookies()`, `await headers()` read the request already in memory
    calls: [],
    otherwise: 'read',
    resource: 'library',
    latency: 'none',
  },
  {
    name: 'SQLite (one connection)',
    modules: ['sqlite', 'sqlite3', 'better-sqlite3', 'node:sqlite', 'bun:sqlite'],
    types: ['Database'],
    calls: [],
    otherwise: 'words',
    resource: 'client',
    exclusive: true,
  },
  {
    name: 'processes (node:child_process, execa, zx)',
    modules: ['child_process', 'node:child_process', 'execa', 'zx', 'cross-spawn', 'tinyexec', 'nano-spawn'],
    calls: [],
    otherwise: 'ordered',
    resource: 'library',
    runsCommands: true,
  },
  {
    name: 'browser automation (Playwright, Puppeteer)',
    modules: ['@playwright/test', 'playwright', 'playwright-core', 'puppeteer', 'puppeteer-core'],
    types: ['Page', 'Frame', 'Locator', 'Browser', 'BrowserContext', 'ElementHandle', 'FrameLocator'],
    names: ['page', 'frame', 'browser', 'browserContext'],
    calls: [
      [
        '**.textContent|innerText|innerHTML|getAttribute|inputValue|isVisible|isHidden|isChecked|isEnabled|isDisabled|isEditable|count|title|content|allTextContents|allInnerTexts|boundingBox|screenshot|cookies|$eval|$$eval|ariaSnapshot',
        'read',
      ],
    ],
    otherwise: 'ordered',
    resource: 'client',
    exclusive: true,
  },
  {
    name: 'Testing Library queries',
    modules: [
      '@testing-library/react',
      '@testing-library/dom',
      '@testing-library/vue',
      '@testing-library/svelte',
      '@testing-library/angular',
      '@testing-library/react-native',
      '@testing-library/preact',
    ],
    names: ['screen'],
    calls: [
      ['**.findBy*|findAllBy*', 'read'],
      ['waitFor*|act|**.waitFor*', 'ordered'],
    ],
    otherwise: 'words',
    resource: 'library',
    exclusive: true,
  },
  {
    name: 'interactive prompts',
    modules: [
      '@inquirer/prompts',
      'inquirer',
      'prompts',
      'enquirer',
      '@clack/prompts',
      'readline',
      'node:readline',
      'readline/promises',
      'node:readline/promises',
    ],
    calls: [],
    otherwise: 'ordered',
    resource: 'library',
  },
  {
    name: 'Testing Library user events',
    modules: ['@testing-library/user-event'],
    names: ['userEvent', 'user'],
    calls: [],
    otherwise: 'ordered',
    resource: 'library',
  },
  {
    name: 'Firestore',
    modules: ['firebase-admin', 'firebase-admin/firestore', '@google-cloud/firestore', 'firebase/firestore'],
    types: ['Firestore', 'CollectionReference', 'DocumentReference'],
    names: ['firestore'],
    calls: [
      ['runTransaction|batch|bulkWriter', 'ordered'],
      ['**.get|getAll|listDocuments|listCollections|getDoc|getDocs|getCountFromServer|getAggregateFromServer', 'read'],
      ['getDoc|getDocs|getCountFromServer|getAggregateFromServer', 'read'],
    ],
    otherwise: 'words',
    resource: 'table',
  },
  {
    name: 'Supabase',
    modules: ['@supabase/supabase-js', '@supabase/ssr'],
    types: ['SupabaseClient'],
    names: ['supabase'],
    calls: [
      ['from.**.insert|update|upsert|delete.**', 'write'],
      ['from.**', 'read'],
      ['storage.from.download|list|createSignedUrl|createSignedUrls|getPublicUrl|info|exists', 'read'],
      ['auth.getUser|getSession|getClaims|getUserIdentities', 'read'],
      ['rpc|functions.invoke', 'write'],
    ],
    otherwise: 'words',
    resource: 'table',
  },
  {
    name: 'object storage (Azure Blob Storage, Google Cloud Storage, MinIO, Vercel Blob)',
    modules: ['@azure/storage-blob', '@google-cloud/storage', 'minio', '@vercel/blob'],
    types: ['BlobServiceClient', 'ContainerClient', 'BlobClient', 'BlockBlobClient'],
    calls: [
      [
        '**.download|downloadToBuffer|downloadToFile|getProperties|exists|getMetadata|getTags|listBlobsFlat|listBlobsByHierarchy|listContainers|getFiles|getSignedUrl|generateSasUrl|createReadStream|statObject|getObject|listObjects|listObjectsV2|presignedGetObject|presignedUrl|head|list',
        'read',
      ],
      [
        '**.upload|uploadData|uploadFile|uploadStream|uploadBrowserData|save|delete|deleteIfExists|setMetadata|setHTTPHeaders|setTags|setAccessTier|copy|move|rename|beginCopyFromURL|syncCopyFromURL|create|createIfNotExists|makePublic|makePrivate|putObject|fPutObject|removeObject|removeObjects|copyObject|put|del|copy',
        'write',
      ],
    ],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'TanStack Query',
    modules: [
      '@tanstack/query-core',
      '@tanstack/react-query',
      '@tanstack/vue-query',
      '@tanstack/solid-query',
      '@tanstack/svelte-query',
      '@tanstack/angular-query-experimental',
    ],
    types: ['QueryClient'],
    // a router's loader gets it from its context, with no import to say what it is
    names: ['queryClient'],
    calls: [
      // each runs (or answers from its cache) the query its options describe
      ['fetchQuery|fetchInfiniteQuery|prefetchQuery|prefetchInfiniteQuery|ensureQueryData|ensureInfiniteQueryData', 'read'],
      ['getQueryData|getQueriesData|getQueryState|isFetching|isMutating|getDefaultOptions', 'read', 'none'],
      ['invalidateQueries|refetchQueries|cancelQueries|resetQueries|removeQueries|setQueryData|setQueriesData|clear', 'write'],
    ],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'Azure Cosmos DB',
    modules: ['@azure/cosmos'],
    types: ['CosmosClient'],
    calls: [
      // a stored procedure or trigger runs code on the server that may write anything
      ['**.scripts.**', 'write'],
      // a point read (`container.item(id, pk).read()`) or a query's pages, not a stream's next chunk
      ['**.item.read', 'read'],
      ['**.items.query|readAll|readMany.**', 'read'],
      ['**.read|readOffer|getPartitionKeyDefinition|getFeedRanges|getQueryPlan', 'read'],
      ['**.create|upsert|replace|patch|delete|batch|bulk|executeBulkOperations|createIfNotExists', 'write'],
    ],
    otherwise: 'words',
    resource: 'client',
  },
  {
    name: 'n8n node helpers',
    modules: ['n8n-workflow', 'n8n-core'],
    types: ['IExecuteFunctions', 'IExecuteSingleFunctions', 'IPollFunctions', 'ITriggerFunctions', 'IWebhookFunctions', 'ILoadOptionsFunctions'],
    // `this.helpers` of a node's execute function
    names: ['helpers'],
    calls: [
      // the item's binary data and the items themselves are in the execution's memory (in the default
      // binary mode); a stream or metadata by id (`if (binaryData.id)`) comes from disk or S3
      [
        'getBinaryDataBuffer|binaryToBuffer|binaryToString|prepareBinaryData|assertBinaryData|detectBinaryEncoding|returnJsonArray|constructExecutionMetaData|normalizeItems|copyInputItems',
        'read',
        'none',
      ],
      ['getBinaryStream|getBinaryMetadata', 'read'],
      // an HTTP request whose options name no method is a GET (a method in them decides first, see arguments.ts)
      ['request|requestWithAuthentication|requestOAuth1|requestOAuth2|httpRequest|httpRequestWithAuthentication', 'read'],
      ['request|requestWithAuthentication|requestOAuth1|requestOAuth2|httpRequest|httpRequestWithAuthentication.call|apply', 'read'],
    ],
    otherwise: 'words',
    resource: 'client',
  },
];
