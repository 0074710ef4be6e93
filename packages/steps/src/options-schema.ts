/**
 * A small declarative schema for step options. Each option has a type, a
 * documented default and bounds; {@link validateOptions} checks a raw object
 * (from YAML or code) and returns every problem with its path, so a config
 * error can say `steps[3].options.max_z: expected a number, got "x"`.
 */

export type OptionSpec =
  | { type: 'number' | 'integer'; default: number; min?: number; max?: number; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; enum?: readonly string[]; description: string }
  | { type: 'string[]'; default: readonly string[]; description: string };

export type OptionsSpec = Readonly<Record<string, OptionSpec>>;

/** The options object a spec describes, with defaults filled in. */
export type OptionsOf<S extends OptionsSpec> = {
  -readonly [K in keyof S]: S[K] extends { type: 'number' | 'integer' }
    ? number
    : S[K] extends { type: 'boolean' }
      ? boolean
      : S[K] extends { type: 'string[]' }
        ? string[]
        : string;
};

export interface OptionProblem {
  /** Path below the options object, e.g. `max_z`. */
  key: string;
  message: string;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

function checkOne(key: string, spec: OptionSpec, value: unknown, problems: OptionProblem[]): unknown {
  switch (spec.type) {
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        problems.push({ key, message: `expected ${spec.type === 'integer' ? 'an integer' : 'a number'}, got ${describe(value)}` });
        return spec.default;
      }
      if (spec.type === 'integer' && !Number.isInteger(value)) problems.push({ key, message: `expected an integer, got ${value}` });
      if (spec.min !== undefined && value < spec.min) problems.push({ key, message: `must be ≥ ${spec.min}, got ${value}` });
      if (spec.max !== undefined && value > spec.max) problems.push({ key, message: `must be ≤ ${spec.max}, got ${value}` });
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') problems.push({ key, message: `expected true or false, got ${describe(value)}` });
      return value;
    case 'string':
      if (typeof value !== 'string') problems.push({ key, message: `expected a string, got ${describe(value)}` });
      else if (spec.enum && !spec.enum.includes(value)) problems.push({ key, message: `expected one of ${spec.enum.join(', ')}, got ${JSON.stringify(value)}` });
      return value;
    case 'string[]':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        problems.push({ key, message: `expected a list of strings, got ${describe(value)}` });
        return [...spec.default];
      }
      return [...value];
  }
}

/**
 * Fills defaults and validates `raw` against `spec`. Unknown keys are problems
 * too (a typo must not silently fall back to a default).
 */
export function validateOptions<S extends OptionsSpec>(spec: S, raw: unknown): { options: OptionsOf<S>; problems: OptionProblem[] } {
  const problems: OptionProblem[] = [];
  const out: Record<string, unknown> = {};
  const given = raw ?? {};
  if (typeof given !== 'object' || Array.isArray(given)) {
    problems.push({ key: '', message: `expected a mapping of options, got ${describe(given)}` });
  }
  const record = (typeof given === 'object' && !Array.isArray(given) ? given : {}) as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(key in spec)) problems.push({ key, message: `unknown option; known options: ${Object.keys(spec).join(', ') || '(none)'}` });
  }
  for (const [key, optionSpec] of Object.entries(spec)) {
    out[key] = key in record && record[key] !== undefined ? checkOne(key, optionSpec, record[key], problems) : structuredClone(optionSpec.default);
  }
  return { options: out as OptionsOf<S>, problems };
}
