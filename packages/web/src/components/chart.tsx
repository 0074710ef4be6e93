/**
 * A chart that loads ECharts on first use: `echarts/core` with only the
 * charts and components the dashboard draws, in a chunk of its own, so pages
 * without charts never download it.
 */
import { useEffect, useRef } from 'react';

type Option = Record<string, unknown>;
let loading: Promise<typeof import('./echarts-setup.ts')> | undefined;

export function Chart(props: { option: Option; height?: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption(o: Option): void; resize(): void; dispose(): void } | undefined;
    const onResize = () => chart?.resize();
    (loading ??= import('./echarts-setup.ts')).then(({ echarts }) => {
      if (disposed || !ref.current) return;
      chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
      chart.setOption(props.option);
      addEventListener('resize', onResize);
    });
    return () => {
      disposed = true;
      removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [JSON.stringify(props.option)]);
  return <div ref={ref} className="chart" role="img" aria-label={props.label} style={{ height: props.height ?? 280 }} />;
}
