import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmAction } from '../ui/ConfirmAction.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { useModelDocument } from './ModelContext.tsx';
import { type ListEntity, removeOp, stepOps } from './model-ops.ts';

interface RowActionsProps {
  readonly entity: ListEntity;
  readonly items: readonly { readonly id: string }[];
  readonly item: { readonly id: string; readonly name: string };
  readonly onEdit: () => void;
}

/** Reorder, edit and remove one item of a list; the order of the list is the display order. */
export function RowActions({ entity, items, item, onEdit }: RowActionsProps) {
  const { t } = useI18n();
  const { apply } = useModelDocument();
  const move = useAction();
  const index = items.findIndex((other) => other.id === item.id);
  const step = (direction: -1 | 1) =>
    move.run(() => apply(stepOps(entity, items, item.id, direction)));

  return (
    <div className="row-actions">
      <div className="row-buttons">
        <button
          type="button"
          className="button button-icon"
          data-testid="move-up"
          aria-label={t('model.moveUp', { name: item.name })}
          title={t('model.moveUp', { name: item.name })}
          disabled={index <= 0 || move.pending}
          onClick={() => step(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button-icon"
          data-testid="move-down"
          aria-label={t('model.moveDown', { name: item.name })}
          title={t('model.moveDown', { name: item.name })}
          disabled={index === items.length - 1 || move.pending}
          onClick={() => step(1)}
        >
          ↓
        </button>
        <button type="button" className="button" data-testid="edit-item" onClick={onEdit}>
          {t('model.edit')}
          <span className="visually-hidden"> {item.name}</span>
        </button>
        <ConfirmAction
          label={t('model.remove')}
          question={t('model.remove.question', { name: item.name })}
          confirmLabel={t('model.remove.confirm')}
          testId="remove-item"
          confirmTestId="confirm-remove"
          onConfirm={() => apply([removeOp(entity, item.id)])}
        />
      </div>
      <ProblemAlert problem={move.problem} />
    </div>
  );
}
