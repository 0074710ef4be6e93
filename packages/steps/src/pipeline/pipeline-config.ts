/**
 * Pipeline configs: the YAML a user writes (or `defaultPipeline` generates),
 * validated with every problem reported as `path: what is wrong (file:line)`,
 * e.g. `steps[3].options.max_z: expected a number, got "x" (pipeline.yaml:14)`.
 *
 * ```yaml
 * identifier: script-only      # or text (when @silkloom/text is present)
 * evaluate_all: true           # every filter runs, so a rejection lists all reasons
 * steps:
 *   - step: normalize_unicode
 *   - step: length_ratio
 *     options: { max_z: 3.5 }
 *   - step: alignment
 *     enabled: false
 * ```
 */
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import { stepsError } from '../errors.ts';
import { type OptionsOf, type OptionsSpec, validateOptions } from '../options-schema.ts';

/** Options of some step, validated and with defaults. */
export type StepOptions = OptionsOf<OptionsSpec>;
import type { AnyStepDefinition } from '../step.ts';
import { stepDefinition, stepNames } from './catalog.ts';

export interface StepConfig {
  step: string;
  options?: Record<string, unknown>;
  enabled?: boolean;
}

export interface PipelineConfig {
  identifier?: string;
  evaluate_all?: boolean;
  steps: StepConfig[];
}

export interface ResolvedStep {
  def: AnyStepDefinition;
  options: StepOptions;
}

export interface ResolvedPipeline {
  identifier: string;
  evaluateAll: boolean;
  steps: ResolvedStep[];
}

type Path = Array<string | number>;

function pathText(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(top level)';
}

const TOP_KEYS = new Set(['identifier', 'evaluate_all', 'steps']);
const STEP_KEYS = new Set(['step', 'options', 'enabled']);

/**
 * Checks a config object; `where(path)` names the place of a path (a YAML
 * line) for messages. Throws SLM_PIPELINE_CONFIG_INVALID with all problems.
 */
export function resolvePipeline(raw: unknown, where: (path: Path) => string = () => ''): ResolvedPipeline {
  const problems: string[] = [];
  const add = (path: Path, message: string) => {
    const place = where(path);
    problems.push(`${pathText(path)}: ${message}${place ? ` (${place})` : ''}`);
  };
  const out: ResolvedPipeline = { identifier: 'auto', evaluateAll: true, steps: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    add([], 'expected a mapping with a `steps` list');
    throw stepsError('SLM_PIPELINE_CONFIG_INVALID', { problems: problems.join('\n') });
  }
  const cfg = raw as Record<string, unknown>;
  for (const key of Object.keys(cfg)) if (!TOP_KEYS.has(key)) add([key], `unknown key; expected one of ${[...TOP_KEYS].join(', ')}`);
  if (cfg.identifier !== undefined) {
    if (typeof cfg.identifier !== 'string') add(['identifier'], `expected a string, got ${JSON.stringify(cfg.identifier)}`);
    else out.identifier = cfg.identifier;
  }
  if (cfg.evaluate_all !== undefined) {
    if (typeof cfg.evaluate_all !== 'boolean') add(['evaluate_all'], `expected true or false, got ${JSON.stringify(cfg.evaluate_all)}`);
    else out.evaluateAll = cfg.evaluate_all;
  }
  if (!Array.isArray(cfg.steps)) add(['steps'], cfg.steps === undefined ? 'missing; a pipeline needs a list of steps' : 'expected a list of steps');
  else {
    const seen = new Set<string>();
    cfg.steps.forEach((entry, i) => {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        add(['steps', i], 'expected a mapping like `{step: length_ratio, options: {...}}`');
        return;
      }
      const s = entry as Record<string, unknown>;
      for (const key of Object.keys(s)) if (!STEP_KEYS.has(key)) add(['steps', i, key], `unknown key; expected one of ${[...STEP_KEYS].join(', ')}`);
      if (typeof s.step !== 'string') {
        add(['steps', i, 'step'], 'missing step name');
        return;
      }
      const def = stepDefinition(s.step);
      if (!def) {
        add(['steps', i, 'step'], `unknown step "${s.step}"; known steps: ${stepNames().join(', ')}`);
        return;
      }
      if (seen.has(def.name)) add(['steps', i, 'step'], `step "${def.name}" appears twice`);
      seen.add(def.name);
      if (s.enabled !== undefined && typeof s.enabled !== 'boolean') add(['steps', i, 'enabled'], `expected true or false, got ${JSON.stringify(s.enabled)}`);
      const { options, problems: optionProblems } = validateOptions(def.options, s.options);
      for (const p of optionProblems) add(p.key ? ['steps', i, 'options', p.key] : ['steps', i, 'options'], p.message);
      if (s.enabled !== false) out.steps.push({ def, options });
    });
  }
  if (problems.length) throw stepsError('SLM_PIPELINE_CONFIG_INVALID', { problems: problems.join('\n') });
  return out;
}

/** Parses and checks a YAML pipeline; messages carry `file:line` of each problem. */
export function parsePipelineYaml(text: string, file = 'pipeline.yaml'): ResolvedPipeline {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const pos = lineCounter.linePos(e.pos[0]);
    throw stepsError('SLM_PIPELINE_YAML_SYNTAX', { file, line: pos.line, column: pos.col, problem: e.message.split('\n')[0] });
  }
  const where = (path: Path): string => {
    // The deepest node that exists on the path (a missing key points at its parent).
    for (let n = path.length; n >= 0; n--) {
      const sub = path.slice(0, n);
      const node = sub.length ? doc.getIn(sub, true) : doc.contents;
      let offset: number | undefined;
      if (node && typeof node === 'object' && 'range' in node && Array.isArray((node as { range?: number[] }).range)) offset = (node as { range: number[] }).range[0];
      // For a key (unknown option), point at the key itself.
      const parent = sub.length ? (n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents) : undefined;
      if (n === path.length && isMap(parent)) {
        const pair = parent.items.find((it) => (it.key as { value?: unknown })?.value === path[n - 1]);
        const keyRange = (pair?.key as { range?: number[] } | undefined)?.range;
        if (keyRange) offset = keyRange[0];
      }
      if (offset !== undefined && (sub.length === 0 || node !== undefined || isSeq(parent) || isMap(parent))) {
        if (node === undefined && offset === undefined) continue;
        return `${file}:${lineCounter.linePos(offset).line}`;
      }
    }
    return file;
  };
  return resolvePipeline(doc.toJS(), where);
}
