/**
 * Facts the rule packs test, derived from a validated request: the request
 * itself plus booleans a curator would otherwise compute by hand (does the
 * set contain PI, sensitive PI; is this the GBA route; is the exporter's FTZ
 * list loaded). Absent optional fields get a stated assumption.
 */
import { SENSITIVE_CATEGORIES, type TransferRequest } from './request.ts';
import type { RulePack } from '../rules/types.ts';

/** The nine mainland cities of the Greater Bay Area (GBA standard contract, 2023-12-13). */
export const GBA_CITIES: Readonly<Record<string, string>> = {
  guangzhou: '广州', shenzhen: '深圳', zhuhai: '珠海', foshan: '佛山', huizhou: '惠州', dongguan: '东莞', zhongshan: '中山', jiangmen: '江门', zhaoqing: '肇庆',
};

export function isGbaCity(city: string | null | undefined): boolean {
  if (!city) return false;
  const c = city.trim().toLowerCase().replace(/\s+city$/, '').replace(/市$/, '');
  return c in GBA_CITIES || Object.values(GBA_CITIES).includes(c);
}

export interface LegFacts {
  facts: Record<string, unknown>;
  assumptions: string[];
}

export function ftzListLoaded(packs: readonly RulePack[], zone: string, asOf: string): boolean {
  return packs.some((p) => p.ftzLists.some((l) => l.zone === zone && l.effective_from <= asOf && (l.effective_to === null || asOf <= l.effective_to)));
}

export function buildFacts(req: TransferRequest, packs: readonly RulePack[], leg: { jurisdiction: string; direction: string }): LegFacts {
  const assumptions: string[] = [];
  const ds = req.dataset;
  const c = req.counters;
  const sensitiveDeclared = ds.pi_categories.some((x) => (SENSITIVE_CATEGORIES as readonly string[]).includes(x));
  const containsSensitive = sensitiveDeclared || c.sensitive_pi_individuals_ytd > 0 || (c.sensitive_pi_individuals_since_prev_year_jan1 ?? 0) > 0;
  const containsPi = ds.pi_categories.length > 0 || containsSensitive || c.pi_individuals_ytd > 0 || (c.pi_individuals_since_prev_year_jan1 ?? 0) > 0;
  if (sensitiveDeclared && c.sensitive_pi_individuals_ytd === 0) assumptions.push('sensitive PI categories are declared but counters.sensitive_pi_individuals_ytd is 0; the volume bands used 0');
  const foreign = ds.foreign_authority_request ?? false;
  const exportControlled = ds.export_controlled ?? false;
  if (ds.foreign_authority_request === undefined) assumptions.push('dataset.foreign_authority_request absent: assumed false');
  if (ds.export_controlled === undefined) assumptions.push('dataset.export_controlled absent: assumed false');
  const gbtLevel = ds.gbt_level ?? (ds.important_data_notified ? 'important' : 'general');
  if (!ds.gbt_level) assumptions.push(`dataset.gbt_level absent: taken as ${gbtLevel} (from important_data_notified)`);
  const loaded = req.exporter.ftz ? ftzListLoaded(packs, req.exporter.ftz.toLowerCase(), req.as_of) : null;
  const inGba = isGbaCity(req.exporter.city);
  return {
    assumptions,
    facts: {
      as_of: req.as_of,
      leg,
      exporter: { ...req.exporter, ftz: req.exporter.ftz?.toLowerCase() ?? null, in_gba_city: inGba, ftz_list_loaded: loaded },
      recipient: req.recipient,
      dataset: {
        ...ds, foreign_authority_request: foreign, export_controlled: exportControlled, gbt_level: gbtLevel,
        on_ftz_negative_list: ds.on_ftz_negative_list ?? null, contains_pi: containsPi, contains_sensitive_pi: containsSensitive,
        collected_only_abroad: !ds.collected_in.includes('CN'),
      },
      counters: c,
      route: { gba_hk: inGba && req.recipient.country === 'HK', gba_mo: inGba && req.recipient.country === 'MO' },
    },
  };
}
