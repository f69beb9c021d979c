/** One bench figure, in the shape bench/results.json keeps. */
export interface BenchFigure {
  value: number;
  unit: string;
  reference: { name: string; value: number };
  /** How many times slower than the reference (1 = as fast; the target is at most 1.5). */
  ratio: number;
}

export type BenchFigures = Record<string, BenchFigure>;

/** A time in milliseconds beside its reference. */
export function msVersus(value: number, reference: BenchFigure['reference']): BenchFigure {
  return { value, unit: 'ms', reference, ratio: value / reference.value };
}
