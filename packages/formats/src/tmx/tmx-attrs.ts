/** Attributes TMX 1.4b defines on `<tu>` and `<tuv>` (besides tuid, srclang, xml:lang). */
const COMMON = [
  'o-encoding', 'datatype', 'usagecount', 'lastusagedate', 'creationtool', 'creationtoolversion',
  'creationdate', 'creationid', 'changedate', 'changeid', 'o-tmf',
];

export const TU_ATTRS: ReadonlySet<string> = new Set([...COMMON, 'segtype']);
export const TUV_ATTRS: ReadonlySet<string> = new Set(COMMON);

/** Prop type carrying an attribute TMX does not define, so that it survives a TMX round trip. */
export const ATTR_PROP_PREFIX = 'x-silkloom-attr:';
