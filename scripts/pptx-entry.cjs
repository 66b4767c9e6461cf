// The entry of lib/bundle/pptx.cjs (scripts/bundle.mjs): PptxGenJS with the JSZip it writes with, in one file,
// so an installed Lectern needs neither package (nor their dependencies) in node_modules.
'use strict';
module.exports = { PptxGenJS: require('pptxgenjs'), JSZip: require('jszip') };
