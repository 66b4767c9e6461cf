// PptxGenJS and JSZip: from the compiled bundle an installed Lectern ships (lib/bundle/pptx.cjs), else from
// node_modules in a checkout. Loaded only when a build writes PowerPoint.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type Pptx from 'pptxgenjs';
import type JSZip from 'jszip';
import { packageRoot } from '../paths/package-root.js';

export interface PptxLibrary {
  PptxGenJS: typeof Pptx.default;
  JSZip: typeof JSZip;
}

const require = createRequire(import.meta.url);

export function loadPptxLibrary(root = packageRoot): PptxLibrary {
  const bundle = path.join(root, 'lib', 'bundle', 'pptx.cjs');
  if (fs.existsSync(bundle)) return require(bundle) as PptxLibrary;
  const pptx = require('pptxgenjs') as typeof Pptx.default | { default: typeof Pptx.default };
  return { PptxGenJS: 'default' in pptx ? pptx.default : pptx, JSZip: require('jszip') as typeof JSZip };
}
