import { useCallback, useMemo, useReducer, useState } from 'react';
import type { MappingRuleSet } from '../../mapping/rules.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useAction } from '../ui/useAction.ts';
import { type DraftAction, draftReducer, errorsByRule, sameRules } from './draft.ts';
import { type MappingEditing, MappingProvider } from './MappingContext.tsx';
import type { MappingData } from './MappingPage.tsx';
import { saveMappingRules } from './mapping-api.ts';
import { RuleList } from './RuleList.tsx';
import { SaveBar } from './SaveBar.tsx';
import { channelKeys, namesById, optionsById, touchpointGroups } from './touchpoint-options.ts';
import { UnmappedTable } from './UnmappedTable.tsx';
import { useLivePreview } from './useLivePreview.ts';

interface MappingEditorProps {
  readonly workspaceId: string;
  readonly data: MappingData;
  readonly canEdit: boolean;
  readonly onReload: () => void;
}

const unique = (values: readonly string[]) => [...new Set(values)].sort();

/** The draft of the rules, its live preview, and saving it with the version it came from. */
export function MappingEditor({ workspaceId, data, canEdit, onReload }: MappingEditorProps) {
  const { t, formatDateTime } = useI18n();
  const api = useApi();
  const [saved, setSaved] = useState<MappingRuleSet>(data.set);
  const [draft, dispatchDraft] = useReducer(draftReducer, data.set.rules);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const save = useAction();
  const preview = useLivePreview(api, workspaceId, draft);
  const dirty = !sameRules(draft, saved.rules);

  const dispatch = useCallback((action: DraftAction) => {
    setJustSaved(false);
    dispatchDraft(action);
  }, []);
  const touchpoints = useMemo(
    () => touchpointGroups(data.model, t('mapping.targetSuffix')),
    [data.model, t],
  );
  const groups = preview.data?.unmappedGroups ?? [];
  const editing: MappingEditing = {
    canEdit,
    dispatch,
    touchpoints,
    touchpointById: useMemo(() => optionsById(touchpoints), [touchpoints]),
    namesById: useMemo(() => namesById(data.model), [data.model]),
    suggestions: {
      events: unique([
        ...groups.flatMap((group) => (group.event === null ? [] : [group.event])),
        ...draft.flatMap((rule) => rule.when.events),
      ]),
      channels: unique([
        ...channelKeys(data.model),
        ...groups.flatMap((group) => (group.channel === null ? [] : [group.channel])),
      ]),
    },
  };

  const onSave = async () => {
    const outcome = await save.run(() => saveMappingRules(api, workspaceId, draft, saved.version));
    if (!outcome.ok) return;
    setSaved(outcome.value);
    dispatchDraft({ kind: 'reset', rules: outcome.value.rules });
    setJustSaved(true);
  };
  const onDiscard = () => {
    save.clear();
    setEditingId(null);
    dispatch({ kind: 'reset', rules: saved.rules });
  };

  const counts = new Map(preview.data?.perRule.map((entry) => [entry.ruleId, entry.matched]));
  return (
    <MappingProvider value={editing}>
      {saved.isDefault ? (
        <p className="alert alert-info mapping-note" data-testid="mapping-defaults">
          {t('mapping.defaults')}
        </p>
      ) : (
        <p className="muted mapping-note" data-testid="mapping-version">
          {saved.updatedBy === null
            ? t('mapping.savedOn', {
                date: formatDateTime(saved.updatedAt ?? ''),
                version: saved.version,
              })
            : t('mapping.savedBy', {
                name: saved.updatedBy,
                date: formatDateTime(saved.updatedAt ?? ''),
                version: saved.version,
              })}
        </p>
      )}
      <SaveBar
        saved={saved}
        preview={preview}
        dirty={dirty}
        canEdit={canEdit}
        saving={save.pending}
        justSaved={justSaved}
        problem={save.problem}
        onSave={onSave}
        onDiscard={onDiscard}
        onReload={onReload}
      />
      <RuleList
        rules={draft}
        counts={preview.data === null ? null : counts}
        total={preview.data?.total ?? 0}
        editingId={editingId}
        onEditing={setEditingId}
        errors={errorsByRule(save.problem?.errors ?? [])}
      />
      <section className="card stack" aria-labelledby="mapping-unmapped-title">
        <div>
          <h2 id="mapping-unmapped-title">{t('mapping.unmapped.title')}</h2>
          <p className="lead">{t('mapping.unmapped.intro')}</p>
        </div>
        {preview.data === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : (
          <UnmappedTable groups={groups} onCreated={() => undefined} />
        )}
      </section>
    </MappingProvider>
  );
}
