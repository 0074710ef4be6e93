/**
 * Fonts for the scripts a laptop or phone often lacks, bundled from npm
 * (@fontsource, SIL OFL 1.1) and served by Silkloom itself — no CDN, nothing
 * fetched from elsewhere. Only the script's own woff2 subset at weight 400 is
 * used. Fontsource's per-subset CSS has no `unicode-range`, so the faces are
 * declared here with one: the browser then downloads a font only when a page
 * shows that script, and the fonts can lead the UI's font stack (styles.css)
 * without touching Latin or Chinese text. Ranges follow the script blocks
 * (plus ZWNJ/ZWJ and the dotted circle, which shaping needs in the same font).
 * Chinese relies on the system's CJK fonts (Noto Sans CJK on Debian).
 */
import arabic from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import devanagari from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2?url';
import ethiopic from '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff2?url';
import khmer from '@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff2?url';
import lao from '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2?url';
import myanmar from '@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-myanmar-400-normal.woff2?url';
import sinhala from '@fontsource/noto-sans-sinhala/files/noto-sans-sinhala-sinhala-400-normal.woff2?url';
import thai from '@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff2?url';

const JOINERS = 'U+200C-200D, U+25CC';

export const SCRIPT_FONTS: ReadonlyArray<{ family: string; url: string; range: string }> = [
  { family: 'Noto Sans Myanmar', url: myanmar, range: `U+1000-109F, U+A9E0-A9FE, U+AA60-AA7F, ${JOINERS}` },
  { family: 'Noto Sans Khmer', url: khmer, range: `U+1780-17FF, U+19E0-19FF, ${JOINERS}` },
  { family: 'Noto Sans Lao', url: lao, range: `U+0E81-0EDF, ${JOINERS}` },
  { family: 'Noto Sans Sinhala', url: sinhala, range: `U+0D81-0DF4, U+111E1-111F4, ${JOINERS}` },
  { family: 'Noto Sans Ethiopic', url: ethiopic, range: 'U+1200-1399, U+2D80-2DDE, U+AB01-AB2E, U+1E7E0-1E7FE' },
  { family: 'Noto Sans Devanagari', url: devanagari, range: `U+0900-097F, U+1CD0-1CF9, U+A8E0-A8FF, ${JOINERS}` },
  { family: 'Noto Sans Arabic', url: arabic, range: 'U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFC, U+200C-200E' },
  { family: 'Noto Sans Thai', url: thai, range: `U+0E01-0E5B, ${JOINERS}` },
];

const style = document.createElement('style');
style.dataset.fonts = 'silkloom';
style.textContent = SCRIPT_FONTS.map(
  (f) => `@font-face{font-family:'${f.family}';font-style:normal;font-weight:400;font-display:swap;src:url(${f.url}) format('woff2');unicode-range:${f.range}}`,
).join('\n');
document.head.append(style);
