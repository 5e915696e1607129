import { useOptimistic, useTransition } from 'react';

/**
 * A control's value while its change is being saved: the new value shows at once, and the
 * model's value comes back when the save ends (the saved one, or the old one if refused).
 */
export function useSavedValue<T>(
  value: T,
  save: (next: T) => Promise<unknown>,
): [shown: T, change: (next: T) => void] {
  const [shown, setShown] = useOptimistic(value);
  const [, startTransition] = useTransition();
  const change = (next: T) =>
    startTransition(async () => {
      setShown(next);
      await save(next);
    });
  return [shown, change];
}
