import { Fragment, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type EventGroup, newRuleId, ruleFromGroup } from './draft.ts';
import { formatCount } from './format.ts';
import { useMappingEditing } from './MappingContext.tsx';
import type { UnmappedGroup } from './mapping-api.ts';
import { TouchpointSelect } from './TouchpointSelect.tsx';

interface UnmappedTableProps {
  readonly groups: readonly UnmappedGroup[];
  /** Called with the id of a rule created from a group. */
  readonly onCreated: (ruleId: string) => void;
}

const keyOf = (group: EventGroup) => JSON.stringify([group.type, group.event, group.channel]);

/** The largest groups of events no rule matches, each one click away from a rule of its own. */
export function UnmappedTable({ groups, onCreated }: UnmappedTableProps) {
  const { t, lang, formatDateTime } = useI18n();
  const { canEdit } = useMappingEditing();
  const [choosing, setChoosing] = useState<string | null>(null);

  if (groups.length === 0) return <p className="muted">{t('mapping.unmapped.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="mapping-unmapped" data-testid="unmapped-table">
        <thead>
          <tr>
            <th scope="col">{t('mapping.unmapped.event')}</th>
            <th scope="col">{t('mapping.unmapped.type')}</th>
            <th scope="col">{t('mapping.unmapped.channel')}</th>
            <th scope="col" className="cell-number">
              {t('mapping.unmapped.count')}
            </th>
            <th scope="col">{t('mapping.unmapped.lastSeen')}</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => {
            const key = keyOf(group);
            return (
              <Fragment key={key}>
                <tr data-testid="unmapped-group" data-event={group.event ?? ''}>
                  <th scope="row" className={group.event === null ? 'muted' : undefined}>
                    {group.event ?? t('mapping.unmapped.noName')}
                  </th>
                  <td>
                    <code>{group.type}</code>
                  </td>
                  <td>{group.channel ?? t('mapping.unmapped.noChannel')}</td>
                  <td className="cell-number">{formatCount(lang, group.count)}</td>
                  <td className="mapping-nowrap">{formatDateTime(group.lastSeen)}</td>
                  {canEdit && (
                    <td className="cell-actions">
                      <button
                        type="button"
                        className="button"
                        data-testid="map-to"
                        aria-expanded={choosing === key}
                        disabled={choosing === key}
                        onClick={() => setChoosing(key)}
                      >
                        {t('mapping.unmapped.mapTo')}
                      </button>
                    </td>
                  )}
                </tr>
                {canEdit && choosing === key && (
                  <tr className="mapping-map-to-row" data-testid="map-to-row">
                    <td colSpan={6}>
                      <MapToForm
                        group={group}
                        onCancel={() => setChoosing(null)}
                        onCreated={(ruleId) => {
                          setChoosing(null);
                          onCreated(ruleId);
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface MapToFormProps {
  readonly group: UnmappedGroup;
  readonly onCancel: () => void;
  readonly onCreated: (ruleId: string) => void;
}

/** Picks the touchpoint of a group, then adds a rule for it at the end of the list. */
function MapToForm({ group, onCancel, onCreated }: MapToFormProps) {
  const { t } = useI18n();
  const { dispatch, touchpointById } = useMappingEditing();
  const [touchpointId, setTouchpointId] = useState('');
  const create = () => {
    const touchpoint = touchpointById.get(touchpointId);
    if (touchpoint === undefined) return;
    const id = newRuleId();
    const name = t('mapping.unmapped.ruleName', {
      event: group.event ?? group.type,
      touchpoint: touchpoint.name,
    });
    dispatch({ kind: 'add', rule: ruleFromGroup(group, touchpointId, id, name) });
    onCreated(id);
  };
  return (
    <div className="mapping-map-to">
      <span className="mapping-map-to-label">
        {t('mapping.unmapped.mapWhat', {
          event: group.event ?? group.type,
          channel: group.channel ?? t('mapping.unmapped.noChannel'),
        })}
      </span>
      <TouchpointSelect
        value={touchpointId}
        testId="map-to-touchpoint"
        label={t('mapping.field.touchpoint')}
        onChange={setTouchpointId}
      />
      <button
        type="button"
        className="button button-primary"
        data-testid="map-to-create"
        disabled={touchpointId === ''}
        onClick={create}
      >
        {t('mapping.unmapped.create')}
      </button>
      <button type="button" className="button button-quiet" onClick={onCancel}>
        {t('mapping.unmapped.cancel')}
      </button>
    </div>
  );
}
