/** The TMX `<header>` (TMX 1.4b §3.2), as {@link readTmx} reports it through `onHeader`. */
import type { LangTag, Note, Prop } from '@silkloom/core';

export interface TmxHeader {
  /** The `version` attribute of `<tmx>` ("1.4", "1.1" …). */
  version?: string;
  /** Every header attribute as written: creationtool, creationtoolversion, segtype, o-tmf, adminlang, srclang, datatype, creationdate … */
  attrs: Record<string, string>;
  /** Canonical form of `srclang`; undefined for `*all*` or an unknown tag. */
  srcLang?: LangTag;
  props: Prop[];
  notes: Note[];
}
