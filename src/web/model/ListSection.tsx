import { type ReactNode, useId, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TEST_IDS } from './fields.ts';
import { ItemForm } from './ItemForm.tsx';
import { useModelDocument } from './ModelContext.tsx';
import { type ListEntity, type ListItem, listOf } from './model-ops.ts';
import { RowActions } from './RowActions.tsx';

export interface Column<E extends ListEntity> {
  readonly header: string;
  readonly cell: (item: ListItem<E>, index: number) => ReactNode;
}

interface ListSectionProps<E extends ListEntity> {
  readonly entity: E;
  readonly title: string;
  readonly intro: string;
  readonly empty: string;
  readonly addLabel: string;
  /** Columns after the name, which is always the row's header cell. */
  readonly columns: readonly Column<E>[];
}

/** `null`: no form; `new`: the add form; otherwise the id of the item being edited. */
type Editing = null | 'new' | string;

/** A model list as a table, each row editable in place, with an add form below. */
export function ListSection<E extends ListEntity>(props: ListSectionProps<E>) {
  const { entity, title, intro, empty, addLabel, columns } = props;
  const { t } = useI18n();
  const { snapshot, canEdit } = useModelDocument();
  const titleId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const items = listOf(snapshot.model, entity);
  const width = columns.length + (canEdit ? 3 : 2);

  return (
    <section className="card stack" aria-labelledby={titleId} data-testid={`section-${entity}`}>
      <div>
        <h2 id={titleId}>{title}</h2>
        <p className="lead">{intro}</p>
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col" className="cell-order">
                #
              </th>
              <th scope="col">{t('model.field.name')}</th>
              {columns.map((column) => (
                <th key={column.header} scope="col">
                  {column.header}
                </th>
              ))}
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {items.length === 0 && (
              <tr>
                <td colSpan={width} className="muted">
                  {empty}
                </td>
              </tr>
            )}
            {items.map((item, index) =>
              editing === item.id ? (
                <tr key={item.id} className="row-editing">
                  <td colSpan={width}>
                    <ItemForm
                      entity={entity}
                      item={item}
                      title={`${t('model.edit')} · ${item.name}`}
                      onDone={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : (
                <ListRow
                  key={item.id}
                  entity={entity}
                  item={item}
                  index={index}
                  items={items}
                  columns={columns}
                  canEdit={canEdit}
                  onEdit={() => setEditing(item.id)}
                />
              ),
            )}
          </tbody>
        </table>
      </div>
      {canEdit &&
        (editing === 'new' ? (
          <ItemForm entity={entity} item={null} title={addLabel} onDone={() => setEditing(null)} />
        ) : (
          <p>
            <button
              type="button"
              className="button"
              data-testid={`add-${entity}`}
              onClick={() => setEditing('new')}
            >
              {addLabel}
            </button>
          </p>
        ))}
    </section>
  );
}

interface ListRowProps<E extends ListEntity> {
  readonly entity: E;
  readonly item: ListItem<E>;
  readonly index: number;
  readonly items: readonly ListItem<E>[];
  readonly columns: readonly Column<E>[];
  readonly canEdit: boolean;
  readonly onEdit: () => void;
}

function ListRow<E extends ListEntity>(props: ListRowProps<E>) {
  const { entity, item, index, items, columns, canEdit, onEdit } = props;
  return (
    <tr data-testid={TEST_IDS[entity].row} data-id={item.id}>
      <td className="cell-order muted">{index + 1}</td>
      <th scope="row">{item.name}</th>
      {columns.map((column) => (
        <td key={column.header}>{column.cell(item, index)}</td>
      ))}
      {canEdit && (
        <td className="cell-actions">
          <RowActions entity={entity} items={items} item={item} onEdit={onEdit} />
        </td>
      )}
    </tr>
  );
}
