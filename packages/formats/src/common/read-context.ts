/**
 * What every reader shares: the diagnostics policy (skip or throw), language
 * tags made canonical with a place attached, generated ids, and the checks a
 * finished unit must pass. Readers push finished units into `out`; their
 * drain loop yields them and then throws `failure` if one was recorded, so
 * the units before a bad one still reach the consumer in order.
 */
import {
  canonicalLangTag,
  isSilkloomError,
  registeredErrors,
  SilkloomError,
  type Diagnostic,
  type LangTag,
  type Place,
  type TranslationUnit,
  type Variant,
} from '@silkloom/core';
import { formatsError } from '../errors.ts';
import { DEFAULT_MAX_SEGMENT_LENGTH, type ReadOptions } from '../types.ts';

/** `dir/sub/file.tmx` → `file.tmx` (both separators, no node:path so the reader stays portable). */
export function baseName(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut === -1 ? file : file.slice(cut + 1);
}

/** A problem with one unit, before the policy decides whether it throws. */
export interface UnitProblem {
  code: string;
  params: Record<string, unknown>;
  place: Place;
  cause?: unknown;
}

/** Builds a SilkloomError for any registered code (formats' own or core's). */
export function errorFor(problem: UnitProblem): SilkloomError {
  const def = registeredErrors().get(problem.code);
  if (!def) throw new Error(`unregistered error code ${problem.code}`);
  return new SilkloomError(problem.code, def, problem.params, { place: problem.place, cause: problem.cause });
}

function bareMessage(problem: UnitProblem): string {
  return errorFor({ ...problem, place: {} }).message;
}

export class ReadContext {
  readonly file: string;
  readonly baseName: string;
  readonly out: TranslationUnit[] = [];
  /** Set once a problem must stop the read; the drain loop throws it after yielding `out`. */
  failure: SilkloomError | undefined;
  readonly maxSegmentLength: number;
  private readonly opts: ReadOptions;
  private readonly source: string;

  constructor(opts: ReadOptions, source: string) {
    if (!opts || typeof opts.file !== 'string') throw formatsError('SLM_FORMAT_OPTIONS_INVALID', { problem: 'ReadOptions.file (the name used in messages and provenance) is required' });
    this.opts = opts;
    this.file = opts.file;
    this.baseName = baseName(opts.file);
    this.source = source;
    this.maxSegmentLength = opts.maxSegmentLength ?? DEFAULT_MAX_SEGMENT_LENGTH;
  }

  get stopped(): boolean {
    return this.failure !== undefined;
  }

  /** The id a unit gets when the file gives none: `${basename}:${line}`. */
  defaultId(line: number): string {
    return `${this.baseName}:${line}`;
  }

  place(line: number | undefined, unit?: string, column?: number): Place {
    return { file: this.file, line, column, unit };
  }

  warn(code: string, params: Record<string, unknown>, place: Place): void {
    this.opts.onDiagnostic?.(this.diagnostic({ code, params, place }, 'warning'));
  }

  /** A problem that ends the read whatever `skipInvalid` says (a file cut off); units before it still reach the consumer. */
  fatal(error: SilkloomError): void {
    this.failure ??= error;
  }

  /** A unit is invalid: report and skip it, or stop the read with an error, per `skipInvalid`. */
  invalid(problem: UnitProblem): void {
    if (this.failure) return;
    if (this.opts.skipInvalid) this.opts.onDiagnostic?.(this.diagnostic(problem, 'error'));
    else this.failure = errorFor(problem);
  }

  private diagnostic(problem: UnitProblem, severity: Diagnostic['severity']): Diagnostic {
    return { code: problem.code, severity, source: this.source, message: bareMessage(problem), place: problem.place };
  }

  /** Canonical form of a tag from the file, or a problem naming where it was found. */
  lang(tag: string, place: Place): LangTag | UnitProblem {
    try {
      return canonicalLangTag(tag);
    } catch (cause) {
      if (!isSilkloomError(cause)) throw cause;
      return { code: cause.code, params: cause.params, place, cause };
    }
  }

  /** Canonical form of a tag in metadata (a note's or prop's language), or the tag as written when it is not valid. */
  metaLang(tag: string): string {
    const lang = this.lang(tag, {});
    return typeof lang === 'string' ? lang : tag;
  }

  /** A tag given by the caller (srcLang/tgtLang): a bad one is misuse and throws at once. */
  optionLang(tag: string | undefined): LangTag | undefined {
    return tag === undefined ? undefined : canonicalLangTag(tag);
  }

  /**
   * Final checks on a built unit, then hands it to `out`: segment lengths,
   * and at least two languages unless `keepMonolingual`.
   */
  accept(unit: TranslationUnit): void {
    if (this.failure) return;
    const place = this.place(unit.provenance.line, unit.id);
    for (const variant of Object.values(unit.variants)) {
      if (variant.text.length > this.maxSegmentLength) {
        this.invalid({ code: 'SLM_FORMAT_SEGMENT_TOO_LONG', params: { length: variant.text.length, limit: this.maxSegmentLength }, place });
        return;
      }
    }
    const count = Object.keys(unit.variants).length;
    if (count < (this.opts.keepMonolingual ? 1 : 2)) {
      this.warn('SLM_FORMAT_SINGLE_VARIANT', { count }, place);
      return;
    }
    this.out.push(unit);
  }

  /** Yields what is queued, then throws a recorded failure. */
  *drain(): Generator<TranslationUnit> {
    if (this.out.length) {
      const batch = this.out.splice(0, this.out.length);
      yield* batch;
    }
    if (this.failure) throw this.failure;
  }
}

/** Adds a variant, or returns the duplicate-language problem. */
export function addVariant(
  variants: Record<LangTag, Variant>,
  lang: LangTag,
  variant: Variant,
  place: Place,
): UnitProblem | undefined {
  if (Object.hasOwn(variants, lang)) return { code: 'SLM_FORMAT_DUPLICATE_LANG', params: { lang }, place };
  variants[lang] = variant;
  return undefined;
}
