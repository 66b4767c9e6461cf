// The layers of src/, lowest first: a module imports only from its own layer and the layers below it, type imports
// included, and nothing imports in a circle. `npm run depcruise` checks it; a test runs that check.
// The pipeline's stages are layers in the order data flows through them (read → plan → render → check → stage →
// print), caching wraps them from above, and only build.ts composes them; commands/ and cli/ sit on top.
const layers = [
  { name: 'base', paths: ['^src/(diagnostics|cap-diagnostics|escape-html|failure|log|parallel|profile|i18n|context|rules)\\.ts$', '^src/(paths|types)/'] },
  { name: 'config', paths: ['^src/config/'] },
  { name: 'read', paths: ['^src/outline/'] },
  { name: 'model', paths: ['^src/model/'] },
  { name: 'plan', paths: ['^src/plan/'] },
  { name: 'render', paths: ['^src/render/'] },
  { name: 'check', paths: ['^src/check/'] },
  { name: 'stage', paths: ['^src/write/'] },
  { name: 'print', paths: ['^src/export/'] },
  { name: 'cache', paths: ['^src/cache/'] },
  { name: 'build', paths: ['^src/(build|check-decks|render-decks)\\.ts$', '^src/shard/', '^src/scaffold/'] },
  { name: 'serve', paths: ['^src/serve/'] },
  { name: 'commands', paths: ['^src/commands/', '^src/cli/', '^src/cli\\.ts$'] },
];

const above = (i) => layers.slice(i + 1).flatMap((l) => l.paths);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other (type imports count) cannot be read, tested or moved one at a time.',
      from: {},
      to: { circular: true },
    },
    ...layers.slice(0, -1).map((layer, i) => ({
      name: `layer-${layer.name}`,
      severity: 'error',
      comment: `The ${layer.name} layer imports only from itself and the layers below it (${layers
        .slice(0, i)
        .map((l) => l.name)
        .join(', ') || 'none'}).`,
      from: { path: layer.paths },
      to: { path: above(i) },
    })),
    {
      name: 'every-module-in-a-layer',
      severity: 'error',
      comment: 'A new folder of src/ must be given its place in the layers above.',
      from: { path: '^src/', pathNot: layers.flatMap((l) => l.paths) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
