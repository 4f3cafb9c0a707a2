/** Boundary rules (research/code-style.md §3.9), checked by `npm run lint` in `npm test`. */
/** The election is one floor (elections/) with three rooms whose domains share its pure rules. */
const ELECTION_ROOM_DOMAINS = '^src/modules/(nominations|voting|results)/domain/';

module.exports = {
  forbidden: [
    {
      name: 'domain-imports-no-framework',
      comment: 'Domain code is pure TypeScript: no Nest, TypeORM, validation or HTTP libraries.',
      severity: 'error',
      from: { path: '^src/(modules/[^/]+/domain|shared/domain)/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-peer', 'npm-optional', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'domain-imports-only-domain',
      comment: 'A domain folder imports its own files and shared/domain only.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/domain/', pathNot: ELECTION_ROOM_DOMAINS },
      to: { path: '^src/', pathNot: ['^src/modules/$1/domain/', '^src/shared/domain/'] },
    },
    {
      name: 'election-room-domains-share-the-floor',
      comment:
        "The election's rooms (nominations, voting, results) import their own domain, shared/domain and the " +
        "election's floor (elections/domain: persons, 姓氏笔画 order, the acting-body rule), nothing else.",
      severity: 'error',
      from: { path: ELECTION_ROOM_DOMAINS },
      to: {
        path: '^src/',
        pathNot: ['^src/modules/$1/domain/', '^src/shared/domain/', '^src/modules/elections/domain/'],
      },
    },
    {
      name: 'shared-imports-no-module',
      comment: 'The platform knows no governance module; the composition root wires them together.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'modules-talk-through-their-index',
      comment: "A module uses another module only through that module's index.ts.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: '^src/modules/',
        pathNot: [
          '^src/modules/$1/',
          '^src/modules/[^/]+/index\\.ts$',
          // the election's floor is shared by its rooms' domains (rule above); their non-domain code uses the index
          '^src/modules/elections/domain/',
        ],
      },
    },
    {
      name: 'only-election-room-domains-reach-the-floor',
      comment: "Outside the rooms' domains, the election's floor is reached through src/modules/elections/index.ts.",
      severity: 'error',
      from: { path: '^src/modules/', pathNot: [ELECTION_ROOM_DOMAINS, '^src/modules/elections/'] },
      to: { path: '^src/modules/elections/domain/' },
    },
    {
      name: 'one-composition-root',
      comment:
        'src/app/ wires the modules together from their manifests (module-list.ts); no module and no shared part ' +
        'reaches back into it.',
      severity: 'error',
      from: { path: '^src/(modules|shared)/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'event-store-port-holds',
      comment:
        'Only the event store itself and the composition root (src/app/runtime.ts) know its adapters; everything else speaks ' +
        'the port (which takes a unit of work where a write must commit with the caller’s own, as the ballot box’s).',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: ['^src/shared/event-store/', '^src/app/runtime\\.ts$'],
      },
      to: { path: '^src/shared/event-store/(postgres|kurrentdb)/' },
    },
    {
      name: 'index-exports-no-write-model',
      comment:
        "A module's index.ts is its door: facts facades, commands, queries, projections, migrations. Its deciders " +
        'and stream names stay inside; another module asks a facade instead.',
      severity: 'error',
      from: { path: '^src/modules/[^/]+/index\\.ts$' },
      to: { path: '^src/modules/[^/]+/domain/[^/]+\\.decide\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.spec\\.ts$' },
  },
};
