// Loads a bundle (lib/bundle/lectern.cjs, puppeteer.cjs) with its compiled code cached: where Node has
// module.enableCompileCache (22.1 and later), through Node's own cache; where it has not (Node 20), with V8's code
// cache beside the bundle (lectern.cjs.cache), compiled here. A cache from another Node or V8 is rejected by V8
// itself and the code compiles as usual. The only module that knows which: everything else calls loadBundle.
// CommonJS, so that the bundled CLI can load Puppeteer's bundle the same way.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const { isAscii } = require('node:buffer');

/** Bundles loaded in this process, for saveCodeCaches. */
const loaded = [];

/** Whether this Node caches compiled code itself; when it does, the cache files beside the bundles are not used. */
const nodeCachesCode = typeof Module.enableCompileCache === 'function';

function loadBundle(file) {
  return nodeCachesCode ? loadWithNodeCache(file) : loadWithCodeCache(file);
}

function loadWithNodeCache(file) {
  if (!fs.existsSync(file)) return undefined;
  // Node's cache folder: NODE_COMPILE_CACHE, or its own in the temporary folder.
  Module.enableCompileCache();
  try {
    return { exports: require(file), codeCacheRejected: undefined };
  } catch (e) {
    // A bundle cut short (a compile interrupted, a disk full): lib/cli.js is the same code.
    if (e instanceof SyntaxError) return undefined;
    throw e;
  }
}

function loadWithCodeCache(file) {
  let source;
  try {
    const bytes = fs.readFileSync(file);
    // scripts/bundle.mjs writes ASCII only, which reads as Latin-1 without decoding UTF-8 (10 ms a bundle).
    source = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
  } catch {
    return undefined;
  }
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No cache: compile as usual.
  }
  let script;
  try {
    script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  } catch {
    // A bundle cut short (a compile interrupted, a disk full): lib/cli.js is the same code.
    return undefined;
  }
  loaded.push({ file, script });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    /** true when V8 refused the cache (another Node or V8, or a damaged file); undefined when there was none. */
    codeCacheRejected: cachedData ? script.cachedDataRejected : undefined,
  };
}

/**
 * Writes each loaded bundle's compiled code beside it, once a run has compiled what it uses: only in the bundle
 * script's training run, which names the bundle folder in LECTERN_WRITE_CODE_CACHE (the package folder is the
 * code's own, not a shared temporary folder another user could plant compiled code in).
 */
function saveCodeCaches() {
  if (nodeCachesCode) return void Module.flushCompileCache?.();
  const dir = process.env.LECTERN_WRITE_CODE_CACHE;
  if (!dir) return;
  for (const { file, script } of loaded) if (path.dirname(file) === path.resolve(dir)) fs.writeFileSync(`${file}.cache`, script.createCachedData());
}

module.exports = { loadBundle, saveCodeCaches, nodeCachesCode };
