/**
 * Reads one YAML file keeping positions, so schema errors can name the file
 * and line of the offending node.
 */
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import { governanceError } from '../errors.ts';

export interface YamlSource {
  file: string;
  data: unknown;
  /** 1-based line of the node at a path of keys/indexes (the nearest existing ancestor). */
  lineOf(path: ReadonlyArray<string | number>): number;
}

export function readYaml(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const line = lineCounter.linePos(err.pos[0]).line;
    throw governanceError('SLM_RULES_YAML_INVALID', { problem: err.message.split('\n')[0] }, { place: { file, line } });
  }
  return {
    file,
    data: doc.toJS(),
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = node && (node as Node).range ? lineCounter.linePos((node as Node).range![0]).line : 1;
      for (const key of path) {
        if (isMap(node)) node = node.get(key, true);
        else if (isSeq(node)) node = node.items[key as number];
        else break;
        const range = (node as Node | undefined)?.range;
        if (!range) break;
        line = lineCounter.linePos(range[0]).line;
      }
      return line;
    },
  };
}

/** Throws SLM_RULES_SCHEMA_INVALID at the file and line of `path`. */
export function schemaError(src: YamlSource, path: ReadonlyArray<string | number>, problem: string): never {
  throw governanceError('SLM_RULES_SCHEMA_INVALID', { problem: `${path.join('.') || '(top)'}: ${problem}` }, { place: { file: src.file, line: src.lineOf(path) } });
}
