/**
 * The transfer request of issue 4 item 5, validated field by field (errors
 * name the field). Optional fields beyond the shape are marked; when
 * absent, the assessment says what it assumed.
 */
import { isCountryCode } from '@silkloom/core';
import { governanceError } from '../errors.ts';

export const PURPOSES = ['academic_cooperation', 'commercial', 'contract_with_individual', 'hr_management', 'emergency', 'return_of_foreign_data'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** PI categories a request may declare; the second list is sensitive PI (PIPL Art 28). */
export const PERSONAL_CATEGORIES = ['name', 'contact', 'phone', 'email', 'address', 'online_identifier', 'ip_address', 'employment', 'education', 'photo', 'date_of_birth', 'other_personal'] as const;
export const SENSITIVE_CATEGORIES = ['biometric', 'voice', 'face', 'fingerprint', 'genetic', 'religion', 'specific_identity', 'id_document', 'health', 'medical', 'financial_account', 'location_track', 'minor_under_14', 'other_sensitive'] as const;
export const PI_CATEGORIES: readonly string[] = [...PERSONAL_CATEGORIES, ...SENSITIVE_CATEGORIES];

export interface TransferRequest {
  as_of: string;
  exporter: {
    country: string;
    city?: string | null;
    is_ciio: boolean | null;
    ftz: string | null;
  };
  recipient: { country: string; on_restricted_list: boolean };
  dataset: {
    collected_in: string[];
    purpose: Purpose;
    contains_state_secret: boolean;
    important_data_notified: boolean;
    pi_categories: string[];
    /** Optional: the curator's reading of the exporter's FTZ list (CBDF-2024 Art 6). */
    on_ftz_negative_list?: boolean | null;
    /** Optional: GB/T 43697-2024 level declared by a curator. */
    gbt_level?: 'general' | 'important' | 'core' | null;
    /** Optional: the data answers a foreign court or police request (PIPL Art 41). */
    foreign_authority_request?: boolean;
    /** Optional: export-controlled technical data. */
    export_controlled?: boolean;
  };
  counters: {
    pi_individuals_ytd: number;
    sensitive_pi_individuals_ytd: number;
    pi_individuals_since_prev_year_jan1?: number | null;
    sensitive_pi_individuals_since_prev_year_jan1?: number | null;
    /** Optional: individuals whose PI the exporter processes in total (SA-2022 Art 4(2)). */
    pi_individuals_processed?: number | null;
  };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(field: string, problem: string): never {
  throw governanceError('SLM_ASSESS_REQUEST_INVALID', { field, problem });
}

function section(req: Obj, key: string): Obj {
  const v = req[key];
  if (!isObj(v)) fail(key, 'must be an object');
  return v;
}

function country(v: unknown, field: string): string {
  if (typeof v !== 'string' || !/^[A-Z]{2}$/.test(v) || !isCountryCode(v)) fail(field, `must be an ISO 3166-1 alpha-2 code in capitals (HK and MO on their own), got ${JSON.stringify(v)}`);
  return v;
}

function bool(v: unknown, field: string, nullable = false): boolean | null {
  if (typeof v === 'boolean' || (nullable && v === null)) return v;
  return fail(field, `must be true or false${nullable ? ' or null (unknown)' : ''}, got ${JSON.stringify(v)}`);
}

function count(v: unknown, field: string, optional: boolean): number | null | undefined {
  if (optional && (v === undefined || v === null)) return v as null | undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(field, `must be a whole number ≥ 0, got ${JSON.stringify(v)}`);
  return v;
}

/** Checks a parsed JSON request and returns it typed; throws SLM_ASSESS_REQUEST_INVALID naming the field. */
export function validateTransferRequest(input: unknown): TransferRequest {
  if (!isObj(input)) fail('(request)', 'must be a JSON object');
  const asOf = input.as_of;
  if (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) fail('as_of', `must be a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  const ex = section(input, 'exporter');
  const re = section(input, 'recipient');
  const ds = section(input, 'dataset');
  const co = section(input, 'counters');
  if (ex.city !== undefined && ex.city !== null && typeof ex.city !== 'string') fail('exporter.city', 'must be a string or null');
  if (ex.ftz !== null && ex.ftz !== undefined && (typeof ex.ftz !== 'string' || !ex.ftz.trim())) fail('exporter.ftz', 'must be a zone id such as "tianjin", or null');
  if (!Array.isArray(ds.collected_in) || ds.collected_in.length === 0) fail('dataset.collected_in', 'must be a non-empty list of country codes');
  ds.collected_in.forEach((c, i) => country(c, `dataset.collected_in[${i}]`));
  if (!PURPOSES.includes(ds.purpose as Purpose)) fail('dataset.purpose', `must be one of ${PURPOSES.join(', ')}, got ${JSON.stringify(ds.purpose)}`);
  if (!Array.isArray(ds.pi_categories)) fail('dataset.pi_categories', 'must be a list (empty when the data holds no personal information)');
  ds.pi_categories.forEach((c, i) => {
    if (!PI_CATEGORIES.includes(c as string)) fail(`dataset.pi_categories[${i}]`, `"${String(c)}" is not one of ${PI_CATEGORIES.join(', ')}`);
  });
  if (ds.on_ftz_negative_list !== undefined) bool(ds.on_ftz_negative_list, 'dataset.on_ftz_negative_list', true);
  if (ds.gbt_level !== undefined && ds.gbt_level !== null && !['general', 'important', 'core'].includes(ds.gbt_level as string)) fail('dataset.gbt_level', 'must be general, important, core or null');
  for (const k of ['foreign_authority_request', 'export_controlled']) if (ds[k] !== undefined) bool(ds[k], `dataset.${k}`);
  return {
    as_of: asOf,
    exporter: { country: country(ex.country, 'exporter.country'), city: (ex.city as string | null | undefined) ?? null, is_ciio: bool(ex.is_ciio, 'exporter.is_ciio', true), ftz: (ex.ftz as string | null | undefined) ?? null },
    recipient: { country: country(re.country, 'recipient.country'), on_restricted_list: bool(re.on_restricted_list, 'recipient.on_restricted_list')! },
    dataset: {
      ...(ds as Obj),
      collected_in: ds.collected_in as string[], purpose: ds.purpose as Purpose, pi_categories: ds.pi_categories as string[],
      contains_state_secret: bool(ds.contains_state_secret, 'dataset.contains_state_secret')!,
      important_data_notified: bool(ds.important_data_notified, 'dataset.important_data_notified')!,
    },
    counters: {
      pi_individuals_ytd: count(co.pi_individuals_ytd, 'counters.pi_individuals_ytd', false)!,
      sensitive_pi_individuals_ytd: count(co.sensitive_pi_individuals_ytd, 'counters.sensitive_pi_individuals_ytd', false)!,
      pi_individuals_since_prev_year_jan1: count(co.pi_individuals_since_prev_year_jan1, 'counters.pi_individuals_since_prev_year_jan1', true),
      sensitive_pi_individuals_since_prev_year_jan1: count(co.sensitive_pi_individuals_since_prev_year_jan1, 'counters.sensitive_pi_individuals_since_prev_year_jan1', true),
      pi_individuals_processed: count(co.pi_individuals_processed, 'counters.pi_individuals_processed', true),
    },
  };
}
