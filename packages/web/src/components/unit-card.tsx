/** A unit shown with every variant in its own language and direction. */
import type { UnitInfo } from '@silkloom/contract';
import { LangBadge, Segment } from './segment.tsx';
import { StatusBadge } from './ui.tsx';

/** Variants with the zh-Hans hub first, then by tag. */
export function orderedVariants(unit: Pick<UnitInfo, 'variants'>): Array<[string, string]> {
  return Object.entries(unit.variants)
    .map(([tag, v]) => [tag, v.text] as [string, string])
    .sort(([a], [b]) => (a === 'zh-Hans' ? -1 : b === 'zh-Hans' ? 1 : a < b ? -1 : 1));
}

export function UnitRow(props: { unit: UnitInfo; highlight?: string }) {
  return (
    <div className="card" data-unit={props.unit.unitId}>
      <div className="row muted">
        <span>#{props.unit.unitId}</span>
        <StatusBadge status={props.unit.status} />
        {props.unit.domains.map((d) => (
          <span key={d} className="lang-badge">
            {d}
          </span>
        ))}
      </div>
      {orderedVariants(props.unit).map(([tag, text]) => (
        <div key={tag} className="row" style={{ alignItems: 'baseline', flexWrap: 'nowrap' }}>
          <LangBadge lang={tag} />
          <Segment lang={tag} text={text} highlight={props.highlight} block />
        </div>
      ))}
    </div>
  );
}
