// The category axis every horizontal bar chart here uses: the title (and its
// numbers) written above each bar, so long Norwegian titles stay whole. It is
// a set of props for recharts' own <YAxis>, which must stay a direct child.
import { CHART } from './chartStyle';

export function titleAxisProps(
  dataKey: string,
  line: (index: number) => { title: string; meta: string },
  lift: number,
) {
  return {
    type: 'category' as const,
    dataKey,
    width: 1,
    axisLine: false,
    tickLine: false,
    interval: 0,
    tick: (props: { y?: number | string; index: number }) => (
      <text x={6} y={Number(props.y) - lift} style={CHART.categoryTick}>
        {line(props.index).title}
        <tspan style={CHART.valueLabel}> · {line(props.index).meta}</tspan>
      </text>
    ),
  };
}
