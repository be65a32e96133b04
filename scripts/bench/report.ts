/** Benchmark figures and their budgets, printed as a table. */
export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'points';
  /** The most the figure may be; none for figures printed for information. */
  budget?: number;
}

export function overBudget(figures: Figure[]): Figure[] {
  return figures.filter((figure) => figure.budget !== undefined && figure.value > figure.budget);
}

export function formatReport(figures: Figure[]): string {
  const width = Math.max(...figures.map((figure) => figure.name.length));
  const lines = figures.map((figure) => {
    const value = `${figure.value.toFixed(figure.value < 10 ? 2 : 1)} ${figure.unit}`.padStart(12);
    const budget = figure.budget === undefined ? '' : `  budget ${figure.budget} ${figure.unit}`;
    const verdict = figure.budget === undefined ? '' : figure.value <= figure.budget ? '  ok' : '  OVER';
    return `${figure.name.padEnd(width)}  ${value}${budget}${verdict}`;
  });
  return lines.join('\n');
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
