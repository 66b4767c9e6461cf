// Runs lib/bundle/lectern.cjs with V8's code cache beside it (lectern.cjs.cache), as Node 22's
// module.enableCompileCache would: Node 20 has no such switch, so the script is compiled here with the cache.
// A cache from another Node or V8 is rejected by V8 itself and the code compiles as usual.
// CommonJS, so that the bundled CLI can load Puppeteer's bundle (lib/bundle/puppeteer.cjs) the same way.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const { isAscii } = require('node:buffer');

function loadBundle(file) {
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
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    /** true when V8 refused the cache (another Node or V8, or a damaged file); undefined when there was none. */
    codeCacheRejected: cachedData ? script.cachedDataRejected : undefined,
    /** Only the bundle script's training run writes the cache (the package folder is the code's own, not a
     * shared temporary folder another user could plant compiled code in). */
    saveCodeCache() {
      const to = process.env.LECTERN_WRITE_CODE_CACHE;
      if (to) fs.writeFileSync(to, script.createCachedData());
    },
  };
}

module.exports = { loadBundle };
