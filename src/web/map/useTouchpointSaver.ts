import { useCallback, useMemo, useState } from 'react';
import type { Money } from '../../model/schema.ts';
import type { Problem } from '../api/problem.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Translate } from '../i18n/translate.ts';
import { useAction } from '../ui/useAction.ts';
import { useMap } from './MapContext.tsx';
import { updateTouchpoint } from './map-ops.ts';
import { opFieldErrors } from './op-errors.ts';
import {
  type DraftField,
  type FieldResult,
  parseField,
  type TouchpointChanges,
} from './touchpoint-form.ts';

export interface TouchpointSaver {
  readonly pending: boolean;
  /** The last change was accepted: the panel says "Saved.". */
  readonly saved: boolean;
  readonly problem: Problem | null;
  /** The message for a field: the check before sending, else the server's refusal. */
  readonly errorOf: (field: string) => string | undefined;
  /** Sends one `touchpoint.update` with the change of one field. */
  readonly save: (field: string, changes: TouchpointChanges) => Promise<boolean>;
  /** Checks a typed value, then saves it, or keeps it with the reason it cannot be saved. */
  readonly saveDraft: (
    field: DraftField,
    draft: string,
    period?: Money['period'],
  ) => Promise<boolean>;
}

function formError(t: Translate, result: Extract<FieldResult, { ok: false }>): string {
  switch (result.error) {
    case 'required':
      return t('map.error.required');
    case 'tooLong':
      return t('map.error.tooLong', { max: result.max ?? 0 });
    case 'number':
      return t('map.error.number');
    case 'negative':
      return t('map.error.negative');
    case 'decimals':
      return t('map.error.decimals');
    case 'tooLarge':
      return t('map.error.tooLarge');
  }
}

/** Saving of the touchpoint panel: one field, one op, each error next to its field. */
export function useTouchpointSaver(journeyId: string, touchpointId: string): TouchpointSaver {
  const { t } = useI18n();
  const { apply } = useMap();
  const { run, pending, problem } = useAction();
  const [checks, setChecks] = useState<Readonly<Record<string, string>>>({});
  const [saved, setSaved] = useState(false);
  const refusals = useMemo(() => opFieldErrors(problem), [problem]);

  const save = useCallback(
    async (field: string, changes: TouchpointChanges) => {
      setChecks(({ [field]: _dropped, ...others }) => others);
      setSaved(false);
      const outcome = await run(() => apply([updateTouchpoint(journeyId, touchpointId, changes)]));
      setSaved(outcome.ok);
      return outcome.ok;
    },
    [run, apply, journeyId, touchpointId],
  );

  const saveDraft = useCallback(
    async (field: DraftField, draft: string, period?: Money['period']) => {
      const result = parseField(field, draft, period);
      if (result.ok) return save(field, result.changes);
      setChecks((others) => ({ ...others, [field]: formError(t, result) }));
      setSaved(false);
      return false;
    },
    [save, t],
  );

  const errorOf = useCallback(
    (field: string) => checks[field] ?? refusals[field],
    [checks, refusals],
  );
  return { pending, saved, problem, errorOf, save, saveDraft };
}
