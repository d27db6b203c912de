// The architecture rules `npm test` enforces (tests/static/architecture.test.ts); decision 0033
// says why each exists. Run alone: npx depcruise src --config .dependency-cruiser.cjs
const modules = '^src/server/modules/';
// Test code and build-time training may read any module's fixtures and labeled data.
const testOrTraining = ['\\.test\\.ts$', '\\.fixtures\\.ts$', '\\.arbitraries\\.ts$', '^src/server/modules/text/training/'];
const pureModels = ['\\.models\\.ts$'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'web-not-to-server',
      comment: 'The browser bundle never includes server code; shapes and pure rules it shares live in src/shared.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'shared-not-to-server-or-web',
      comment: 'src/shared is used by both sides, so it depends on neither.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(server|web)/' },
    },
    {
      name: 'models-not-to-database',
      comment: 'Pure models take data and return data; storage is the repository’s job.',
      severity: 'error',
      from: { path: pureModels },
      to: {
        path: ['^src/server/db/', '\\.repository\\.ts$', 'node_modules/(kysely|better-sqlite3|pg)/'],
        // Checking a stored JSON value against its schema is parsing, not database access.
        pathNot: '^src/server/db/stored-json\\.ts$',
        reachable: true,
      },
    },
    {
      name: 'models-not-to-http',
      comment: 'Pure models know nothing of requests and responses; routes map them to HTTP.',
      severity: 'error',
      from: { path: pureModels },
      to: {
        path: ['^src/server/http/', '\\.routes\\.ts$', 'node_modules/(hono|@hono/[^/]+)/'],
        reachable: true,
      },
    },
    {
      name: 'models-not-to-nlp',
      comment:
        'Pure models get language analysis passed in (the text module’s TextAnalysis); loading wink-nlp or its English model is the text module’s job, done once per worker.',
      severity: 'error',
      from: { path: pureModels },
      to: { path: ['node_modules/wink-nlp/', 'node_modules/wink-eng-lite-web-model/dist/model\\.js$'], reachable: true },
    },
    {
      name: 'modules-through-public-surface',
      comment:
        'A module uses another only through its index.ts, the public surface; everything else in a module is internal and free to change.',
      severity: 'error',
      from: { path: `${modules}([^/]+)/`, pathNot: testOrTraining },
      to: { path: `${modules}[^/]+/`, pathNot: [`${modules}$1/`, `${modules}[^/]+/(index|public\\.models)\\.ts$`] },
    },
    {
      name: 'no-cycles',
      comment: 'Import cycles make load order matter and modules inseparable.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
    },
    exclude: { path: ['^dist/'] },
  },
};
