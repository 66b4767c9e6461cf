// YAML text → plain value, with a way back from a key path to its line and column for diagnostics.
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { error, type Diagnostic } from '../diagnostics.js';

export type KeyPath = readonly (string | number)[];

export interface ParsedYaml {
  value: unknown;
  diagnostics: Diagnostic[];
  /** Position of the value (or, with `key`, of the key) at a path; the deepest existing node otherwise. */
  locate(path: KeyPath, key?: boolean): { line: number; column: number };
}

/** `firstLine` is the file line the text starts on (2 for front matter after its opening `---`). */
export function parseYaml(text: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + firstLine - 1, column: p.col };
  };
  const diagnostics = [...doc.errors, ...doc.warnings].map((e) => {
    const p = at(e.pos[0]);
    const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return error(file, p.line, p.column, `invalid YAML: ${message}`);
  });
  // Each map's keys indexed once, on first use: locating every one of 20,000 keys stays linear.
  const indexes = new WeakMap<object, Map<string, Pair>>();
  const pairAt = (map: YAMLMap, segment: string | number) => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      indexes.set(map, index);
    }
    return index.get(String(segment));
  };
  const locate = (path: KeyPath, key = false) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const [i, segment] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = pairAt(node, segment);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (last && key) {
          offset = keyNode.range?.[0] ?? offset;
          break;
        }
        node = pair.value ?? keyNode;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
      } else break;
      offset = (node as Node).range?.[0] ?? offset;
    }
    return at(offset);
  };
  let value: unknown;
  if (!diagnostics.length) {
    try {
      // maxAliasCount stops "billion laughs" alias bombs before they fill memory.
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      const message = (e as Error).message.split('\n')[0]!;
      diagnostics.push(error(file, firstLine, 1, `invalid YAML: ${message}${/alias count/i.test(message) ? ' (too many aliases "*name": write the values out)' : ''}`));
    }
  }
  return { value, diagnostics, locate };
}
