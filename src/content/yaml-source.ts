/** YAML parsing that remembers where each value stands, so errors can name a line. */
import { LineCounter, isMap, isNode, parseDocument, type Document } from 'yaml';
import type { ProblemList } from './content-error.ts';

export type YamlPath = readonly (string | number)[];

export interface YamlSource {
  value: unknown;
  /** 1-based file line of the value at `path` (of its key, with `key`), or of the block. */
  lineOf(path: YamlPath, key?: boolean): number;
}

/**
 * Parses `text`, which starts at file line `firstLine`. Syntax errors are added to
 * `problems` (and `undefined` returned).
 */
export function parseYaml(
  text: string,
  file: string,
  firstLine: number,
  problems: ProblemList,
): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number): number => firstLine + lineCounter.linePos(offset).line - 1;
  // Only the first syntax error: YAML's recovery is poor, and the later ones mostly follow from it.
  const [error] = doc.errors;
  if (error) {
    const summary = error.message.split('\n')[0] ?? error.message;
    problems.add(file, toLine(error.pos[0]), `invalid YAML: ${summary}`);
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // toJS throws for an alias without its anchor, and for aliases that expand into a huge document.
    problems.add(file, firstLine, `invalid YAML: ${(error as Error).message}`);
    return undefined;
  }
  return {
    value,
    lineOf: (path, key = false) => toLine(offsetOf(doc, path, key)),
  };
}

function offsetOf(doc: Document, path: YamlPath, key: boolean): number {
  // Walk up the path until a node with a position is found.
  for (let depth = path.length; depth >= 0; depth--) {
    const parentPath = path.slice(0, Math.max(0, depth - 1));
    const last = path[depth - 1];
    if (depth > 0 && (key || depth < path.length)) {
      const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === last);
        const range = pair && isNode(pair.key) ? pair.key.range : undefined;
        if (range) return range[0];
      }
    }
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}
