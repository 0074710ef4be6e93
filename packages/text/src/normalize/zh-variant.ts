/**
 * Traditional ↔ Simplified Chinese with OpenCC (opencc-js). Only applied when
 * a pipeline asks for it, since the script of a Chinese variant is part of
 * the data. Directions: `t2s` (OpenCC traditional → mainland simplified),
 * `s2t`, `tw2cn` (Taiwan phrases → mainland, e.g. 軟體 → 软件), `cn2tw`
 * (mainland → Taiwan with phrases), `hk2cn`, `cn2hk`.
 */
import * as OpenCC from 'opencc-js';
import { textError } from '../errors.ts';
import { defineNormalizer, resultOf, unchanged, type Normalizer } from './types.ts';

export type ZhDirection = 't2s' | 's2t' | 'tw2cn' | 'cn2tw' | 'hk2cn' | 'cn2hk';

const PRESETS: Record<ZhDirection, { from: string; to: string }> = {
  t2s: { from: 't', to: 'cn' },
  s2t: { from: 'cn', to: 't' },
  tw2cn: { from: 'twp', to: 'cn' },
  cn2tw: { from: 'cn', to: 'twp' },
  hk2cn: { from: 'hk', to: 'cn' },
  cn2hk: { from: 'cn', to: 'hk' },
};

const converters = new Map<ZhDirection, (s: string) => string>();

/** Converts Chinese text in the given direction (converters are built once, lazily). */
export function convertChinese(text: string, direction: ZhDirection): string {
  let convert = converters.get(direction);
  if (!convert) {
    const preset = PRESETS[direction];
    const built: (s: string) => string = OpenCC.Converter(preset as Parameters<typeof OpenCC.Converter>[0]);
    converters.set(direction, built);
    convert = built;
  }
  return convert(text);
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;

/** The zh-variant normaliser for one direction. */
export function createZhVariantNormalizer(options: { direction?: ZhDirection } = {}): Normalizer {
  const direction = options.direction ?? 't2s';
  if (!(direction in PRESETS)) {
    throw textError('SLM_TEXT_NORMALIZER_OPTIONS', {
      name: 'zh-variant',
      problem: `direction must be one of ${Object.keys(PRESETS).join(', ')}, got "${direction}"`,
    });
  }
  return defineNormalizer({
    name: 'zh-variant',
    version: 1,
    description: `Chinese script conversion ${direction} (OpenCC)`,
    scope: 'text',
    apply(text) {
      if (!HAN.test(text)) return unchanged(text);
      const out = convertChinese(text, direction);
      let n = 0;
      if (out !== text) for (let i = 0; i < Math.min(out.length, text.length); i++) if (out[i] !== text[i]) n++;
      return resultOf(text, out, { [direction]: Math.max(n, out === text ? 0 : 1) });
    },
  });
}

/** The direction that brings text to the script a tag declares (zh-Hans → t2s, zh-Hant → s2t, …). */
export function zhDirectionFor(lang: string | undefined): ZhDirection | undefined {
  if (!lang) return undefined;
  if (/-Hans\b/.test(lang)) return 't2s';
  if (/-Hant-HK\b/.test(lang) || /^yue/.test(lang)) return 'cn2hk';
  if (/-Hant\b/.test(lang)) return 's2t';
  return undefined;
}
