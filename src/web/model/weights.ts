/**
 * Strategic objectives carry relative weights (any scale from 0 to 100); people read them as
 * shares of the total. Rounded by largest remainder, so the shown percentages add up to 100.
 */
export function weightPercentages(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + Math.max(weight, 0), 0);
  if (total <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (Math.max(weight, 0) / total) * 100);
  const rounded = exact.map(Math.floor);
  let missing = 100 - rounded.reduce((sum, value) => sum + value, 0);
  // The largest fractional parts get the points lost to rounding down; ties go to the first.
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    rounded[index] = (rounded[index] ?? 0) + 1;
    missing -= 1;
  }
  return rounded;
}
