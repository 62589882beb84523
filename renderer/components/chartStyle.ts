// One look for every chart: projector-sized type that grows with the page's
// own type (rem), dark ink, no thin grey text.
export const CHART = {
  tick: { fontSize: '0.8rem', fill: '#111418', fontWeight: 700 },
  categoryTick: { fontSize: '0.85rem', fill: '#111418', fontWeight: 700 },
  valueLabel: { fontSize: '0.85rem', fill: '#111418', fontWeight: 700 },
  axis: '#111418',
  grid: '#8a8577',
  track: '#ece9e0',
  inPlace: '#1d6b35',
  inProgress: '#c98a00',
  line: '#0b4a85',
} as const;
