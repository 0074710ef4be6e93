/**
 * Fonts for the scripts a laptop or phone often lacks, bundled from npm
 * (@fontsource, SIL OFL 1.1) and served by Silkloom itself — no CDN. Only the
 * script's own subset at weight 400 is imported; each @font-face carries a
 * unicode-range, so the browser downloads a font only when a segment uses it.
 * Chinese relies on the system's CJK fonts (Noto Sans CJK on Debian).
 */
import '@fontsource/noto-sans-myanmar/myanmar-400.css';
import '@fontsource/noto-sans-khmer/khmer-400.css';
import '@fontsource/noto-sans-lao/lao-400.css';
import '@fontsource/noto-sans-sinhala/sinhala-400.css';
import '@fontsource/noto-sans-ethiopic/ethiopic-400.css';
import '@fontsource/noto-sans-devanagari/devanagari-400.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-thai/thai-400.css';
