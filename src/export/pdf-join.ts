// A large deck's chunks (Chromium's PDFs, printed in parallel pages) → one set of objects, as bytes: each part's
// objects numbered after the one before, one page tree, one structure tree and one set of named destinations.
// pdf-lib's page copy dropped the tags (a screen reader got nothing), and parsed and re-serialised every object.
// Returns undefined for parts of any other shape, which then go the pdf-lib way (bookmarks.ts).
import { dictAt, nextFree, pageNumbers, putObject, readPdfObjects, withRefsMapped, type PdfObject, type PdfObjects } from './pdf-read.js';
import { numberOf, PdfAtom, PdfName, PdfRef, type PdfDict, type PdfValue } from './pdf-value.js';
import { mayHoldNodeIds, renumberNodeIdsInObjects } from './stable-ids.js';

/** What a Chromium catalog, structure tree root and page tree node hold: anything else is not joined here. */
const CATALOG_KEYS = new Set(['Type', 'Lang', 'MarkInfo', 'Pages', 'StructTreeRoot', 'ViewerPreferences', 'Dests']);
const STRUCT_ROOT_KEYS = new Set(['Type', 'K', 'ParentTree', 'ParentTreeNextKey', 'IDTree']);
const PAGES_KEYS = new Set(['Type', 'Kids', 'Count', 'Parent']);

interface Part {
  pdf: PdfObjects;
  catalog: PdfDict;
  pages: number[];
  /** Its page tree's nodes (not its pages). */
  nodes: number[];
  /**
   * The part's structure tree root, parent tree and Document element, the Document's children, and the parent
   * tree's entries: keys as the part numbered them (the StructParent(s) they match were moved on as the objects
   * came over; these are array entries, which are moved on when the trees are joined).
   */
  structure?: { root: number; tree: number; document: number; children: PdfValue[]; nums: PdfValue[]; nextKey: number; ids?: { names: PdfValue[]; objects: number[] } };
}

export function joinChromiumParts(bytes: readonly Uint8Array[]): PdfObjects | undefined {
  const objects = new Map<number, PdfObject>();
  const parts: Part[] = [];
  let nodeIds = 0;
  let keyOffset = 0;
  for (const b of bytes) {
    const read = readPdfObjects(b);
    if (!read) return undefined;
    // Node ids count up per page, so two chunks can use the same: each part's get names of their own.
    if (mayHoldNodeIds(b)) nodeIds += renumberNodeIdsInObjects(read.objects, nodeIds + 1);
    const offset = parts.length ? nextFree(objects) - 1 : 0;
    const to = (n: number) => n + offset;
    const structParents = keyOffset;
    // Every object comes over renumbered; a dictionary's StructParent(s) key moves on past the parts before.
    for (const [num, object] of read.objects) {
      const moved = offset || structParents ? withRefsMapped(object, to, (dict) => shiftKey(dict, structParents)) : object;
      if (!moved) return undefined;
      objects.set(to(num), moved);
    }
    const pdf: PdfObjects = { objects, root: to(read.root), info: read.info === undefined ? undefined : to(read.info) };
    const part = readPart(pdf);
    if (!part) return undefined;
    parts.push(part);
    keyOffset += part.structure?.nextKey ?? 0;
  }
  const [first, ...rest] = parts;
  if (!first) return undefined;
  for (const p of parts) if (p.pdf.info !== undefined) objects.delete(p.pdf.info);

  // One page tree: the first part's root holds every page.
  const pagesRoot = first.catalog.get('Pages') as PdfRef;
  const allPages = parts.flatMap((p) => p.pages);
  const root = dictAt(objects, pagesRoot.num)!;
  root.set('Kids', allPages.map((n) => new PdfRef(n)));
  root.set('Count', new PdfAtom(String(allPages.length)));
  root.delete('Parent');
  putObject(objects, pagesRoot.num, root);
  for (const p of parts) {
    for (const node of p.nodes) if (node !== pagesRoot.num) objects.delete(node);
    for (const page of p.pages) {
      const dict = dictAt(objects, page);
      if (!dict) return undefined;
      dict.set('Parent', new PdfRef(pagesRoot.num));
      putObject(objects, page, dict);
    }
  }

  // One structure tree: the later parts' top elements go under the first part's Document element, in order.
  if (parts.some((p) => !p.structure) && parts.some((p) => p.structure)) return undefined;
  if (first.structure) {
    const document = first.structure.document;
    const children = parts.flatMap((p) => p.structure!.children);
    for (const p of rest) {
      for (const child of p.structure!.children) {
        if (!(child instanceof PdfRef)) return undefined;
        const elem = dictAt(objects, child.num);
        if (!elem) return undefined;
        elem.set('P', new PdfRef(document));
        putObject(objects, child.num, elem);
      }
      objects.delete(p.structure!.document);
      objects.delete(p.structure!.root);
      objects.delete(p.structure!.tree);
    }
    const documentDict = dictAt(objects, document)!;
    documentDict.set('K', children);
    putObject(objects, document, documentDict);
    const structRoot = first.structure.root;
    const rootDict = dictAt(objects, structRoot)!;
    let at = 0;
    const nums = parts.flatMap((p) => {
      const shifted = p.structure!.nums.map((v, i) => (i % 2 === 0 ? new PdfAtom(String(numberOf(v)! + at)) : v));
      at += p.structure!.nextKey;
      return shifted;
    });
    putObject(objects, first.structure.tree, new Map<string, PdfValue>([['Type', new PdfName('ParentTree')], ['Nums', nums]]));
    const idNames = parts.flatMap((p) => p.structure!.ids?.names ?? []);
    for (const p of parts) for (const num of p.structure!.ids?.objects ?? []) objects.delete(num);
    if (idNames.length) rootDict.set('IDTree', new Map([['Names', idNames]]));
    rootDict.set('ParentTreeNextKey', new PdfAtom(String(at)));
    putObject(objects, structRoot, rootDict);
  }

  // Named destinations (links within the deck): every part's, under one name each.
  const dests = new Map<string, PdfValue>();
  for (const p of parts) {
    const own = p.catalog.get('Dests');
    if (own === undefined) continue;
    const dict = own instanceof PdfRef ? dictAt(objects, own.num) : own instanceof Map ? own : undefined;
    if (!dict) return undefined;
    for (const [name, dest] of dict) if (!dests.has(name)) dests.set(name, dest);
    if (own instanceof PdfRef) objects.delete(own.num);
  }
  if (dests.size) first.catalog.set('Dests', dests);
  putObject(objects, first.pdf.root, first.catalog);
  for (const p of rest) objects.delete(p.pdf.root);
  return { objects, root: first.pdf.root };
}

/** A part's catalog, pages and structure, if they have the shape Chromium writes. */
function readPart(pdf: PdfObjects): Part | undefined {
  const catalog = dictAt(pdf.objects, pdf.root);
  const pages = pageNumbers(pdf);
  if (!catalog || !pages || [...catalog.keys()].some((k) => !CATALOG_KEYS.has(k)) || !(catalog.get('Pages') instanceof PdfRef)) return undefined;
  const nodes = pageTreeNodes(pdf, pages, catalog);
  for (const node of nodes) {
    if ([...(dictAt(pdf.objects, node)?.keys() ?? ['?'])].some((k) => !PAGES_KEYS.has(k))) return undefined;
  }
  const structRef = catalog.get('StructTreeRoot');
  if (structRef === undefined) return { pdf, catalog, pages, nodes };
  const root = structRef instanceof PdfRef ? dictAt(pdf.objects, structRef.num) : undefined;
  if (!root || [...root.keys()].some((k) => !STRUCT_ROOT_KEYS.has(k))) return undefined;
  const documentRef = root.get('K');
  const document = documentRef instanceof PdfRef ? dictAt(pdf.objects, documentRef.num) : undefined;
  const treeRef = root.get('ParentTree');
  const tree = treeRef instanceof PdfRef ? dictAt(pdf.objects, treeRef.num) : undefined;
  const nums = tree?.get('Nums');
  if (!(structRef instanceof PdfRef) || !(documentRef instanceof PdfRef) || !(treeRef instanceof PdfRef) || !document || !tree) return undefined;
  if (tree.has('Kids') || !Array.isArray(nums) || nums.length % 2) return undefined;
  if (!nums.every((v, i) => i % 2 === 1 || numberOf(v) !== undefined)) return undefined;
  const kids = document.get('K');
  const children = kids === undefined ? [] : Array.isArray(kids) ? kids : [kids];
  const lastKey = nums.length ? numberOf(nums[nums.length - 2])! : -1;
  const nextKey = Math.max(numberOf(root.get('ParentTreeNextKey')) ?? 0, lastKey + 1);
  // Element ids (the node ids of table headers), as one flat name tree: every part's names were made distinct
  // and in order (node ids are renamed per part, from where the part before stopped).
  const idTree = root.get('IDTree');
  let ids: { names: PdfValue[]; objects: number[] } | undefined;
  if (idTree !== undefined) {
    ids = { names: [], objects: [] };
    if (!flattenNameTree(pdf, idTree, ids, 0)) return undefined;
  }
  return { pdf, catalog, pages, nodes, structure: { root: structRef.num, tree: treeRef.num, document: documentRef.num, children, nums, nextKey, ids } };
}

/** A name tree's entries in order (its leaves' Names, through its Kids), and the objects that hold it. */
function flattenNameTree(pdf: PdfObjects, node: PdfValue, into: { names: PdfValue[]; objects: number[] }, depth: number): boolean {
  const dict = node instanceof PdfRef ? dictAt(pdf.objects, node.num) : node instanceof Map ? node : undefined;
  if (!dict || depth > 32) return false;
  if (node instanceof PdfRef) into.objects.push(node.num);
  const names = dict.get('Names');
  const kids = dict.get('Kids');
  if (Array.isArray(names) && names.length % 2 === 0) into.names.push(...names);
  else if (!Array.isArray(kids) || !kids.every((kid) => flattenNameTree(pdf, kid, into, depth + 1))) return false;
  return true;
}

/** A page tree's nodes (not its pages). */
function pageTreeNodes(pdf: PdfObjects, pageList: number[], catalog: PdfDict): number[] {
  const nodes: number[] = [];
  const pages = new Set(pageList);
  const walk = (num: number) => {
    if (pages.has(num)) return;
    const dict = dictAt(pdf.objects, num);
    if (!dict) return;
    nodes.push(num);
    const kids = dict.get('Kids');
    if (Array.isArray(kids)) for (const kid of kids) if (kid instanceof PdfRef) walk(kid.num);
  };
  walk((catalog.get('Pages') as PdfRef).num);
  return nodes;
}

function shiftKey(dict: PdfDict, by: number): void {
  if (!by) return;
  for (const key of ['StructParent', 'StructParents']) {
    const n = numberOf(dict.get(key));
    if (n !== undefined) dict.set(key, new PdfAtom(String(n + by)));
  }
}
