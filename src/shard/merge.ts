// `lectern merge DIR…`: the outputs of `build --shard i/n` → one dist/ with one manifest and index pages,
// equal to what one full build would have written.
import fs from 'node:fs';
import path from 'node:path';
import { DeckError, error, hasErrors, type Diagnostic } from '../diagnostics.js';
import { flagLayer, type PlanOptions } from '../plan/plan-jobs.js';
import type { Host } from '../context.js';
import { planAndRender } from '../render-decks.js';
import { checkOutDir } from '../write/out-dir.js';
import type { Manifest, ManifestDeck } from '../write/manifest.js';
import { Output } from '../write/output.js';
import { readManifest } from '../write/read-manifest.js';
import { writeIndexPages } from '../write/staging.js';

export interface MergeResult {
  diagnostics: Diagnostic[];
  manifest?: Manifest;
  decks: number;
}

export function mergeShards(shardDirs: readonly string[], outDir: string, options: PlanOptions, host: Host): MergeResult {
  const env = host.env;
  const diagnostics: Diagnostic[] = [];
  const shards: { dir: string; manifest: Manifest }[] = [];
  for (const dir of shardDirs) {
    const manifest = readManifest(dir);
    if (!manifest) diagnostics.push(error(dir, 1, 1, `no manifest.json that Lectern wrote in ${dir} (missing, a link, or with paths that are not files of the folder): merge takes the --out folders of "lectern build --shard i/n" runs`));
    else shards.push({ dir, manifest });
  }
  const plan = planAndRender(options, { cwd: options.root, env });
  // Warnings were reported by the shard builds; only errors (sources changed since, say) stop a merge.
  diagnostics.push(...plan.diagnostics.filter((d) => d.severity === 'error'), ...checkOutDir(outDir, plan.project.root));
  for (const { dir } of shards) {
    if (path.resolve(dir) === path.resolve(outDir)) diagnostics.push(error(dir, 1, 1, `--out ${outDir} is also a shard folder; merge into a folder of its own`));
  }
  diagnostics.push(...missingShards(shards.map((s) => s.manifest)));
  if (hasErrors(diagnostics)) return { diagnostics, decks: 0 };

  // Each (class, deck) entry from whichever shard built it, in the order a full build lists them.
  const entries = new Map<string, ManifestDeck>();
  for (const { manifest } of shards) for (const c of manifest.classes) for (const d of c.decks) entries.set(`${c.id}/${d.slug}`, d);
  const missing = plan.jobs.filter((j) => !entries.has(j.dir));
  if (missing.length) {
    return { diagnostics: [...diagnostics, error(shardDirs[0] ?? outDir, 1, 1, `no shard built ${missing.map((j) => j.dir).join(', ')}: merge the outputs of every shard, built from the same sources`)], decks: 0 };
  }
  const manifest: Manifest = {
    generatedAt: shards.map((s) => s.manifest.generatedAt).sort().at(-1) ?? new Date(0).toISOString(),
    generator: 'lectern',
    classes: plan.classes.map((klass) => ({
      id: klass.id,
      name: klass.settings.name,
      index: `${klass.id}/index.html`,
      decks: plan.jobs.filter((j) => j.klass === klass).map((j) => entries.get(j.dir)!),
    })),
  };

  const output = new Output(outDir, host);
  try {
    const indexPages = new Set(['index.html', 'manifest.json', ...plan.classes.map((c) => `${c.id}/index.html`)]);
    for (const { dir } of shards) {
      for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const rel = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
        if (!indexPages.has(rel)) output.copy(rel, path.join(entry.parentPath, entry.name));
      }
    }
    writeIndexPages(output, plan.project, plan.classes, plan.jobs, manifest, flagLayer(options.look, options.root));
    output.write('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
    output.commit('replace');
  } catch (e) {
    output.discard();
    if (e instanceof DeckError) return { diagnostics: [...diagnostics, ...e.diagnostics], decks: 0 };
    throw e;
  }
  return { diagnostics, manifest, decks: plan.jobs.length };
}

/** Shard outputs say which part of how many they are: name the parts that were not passed. */
function missingShards(manifests: readonly Manifest[]): Diagnostic[] {
  const counts = new Set(manifests.map((m) => m.shard?.count));
  if (counts.has(undefined)) return [error('merge', 1, 1, 'a folder given to merge was not built with --shard; merge joins the outputs of "lectern build --shard i/n"')];
  if (counts.size > 1) return [error('merge', 1, 1, `the shard outputs were split different ways (${[...counts].map((c) => `/${c}`).join(', ')}); build every shard with the same COUNT`)];
  const count = [...counts][0];
  if (count === undefined) return [];
  const have = new Set(manifests.map((m) => m.shard!.index));
  const absent = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !have.has(i));
  return absent.length ? [error('merge', 1, 1, `shard${absent.length > 1 ? 's' : ''} ${absent.map((i) => `${i}/${count}`).join(', ')} missing: pass every shard's output folder`)] : [];
}
