/** The inputs of each list's form, as data: one generic form renders them all. */
import type { MessageKey } from '../i18n/en.ts';
import type { TranslateArgs } from '../i18n/translate.ts';
import type { ListEntity } from './model-ops.ts';

/** Messages without placeholders, usable as labels and hints. */
export type PlainKey = { [K in MessageKey]: TranslateArgs<K> extends [] ? K : never }[MessageKey];

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'lines'
  | 'share'
  | 'color'
  | 'url'
  | 'weight'
  | 'channelKind';

export interface FieldSpec {
  /** The form input's name, also the item field it edits. */
  readonly name: string;
  readonly label: PlainKey;
  readonly kind: FieldKind;
  readonly hint?: PlainKey;
  readonly required?: boolean;
  /** The schema's length limit, enforced by the browser before the server. */
  readonly maxLength?: number;
}

const nameField: FieldSpec = {
  name: 'name',
  label: 'model.field.name',
  kind: 'text',
  required: true,
  maxLength: 200,
};
const descriptionField = (maxLength: number): FieldSpec => ({
  name: 'description',
  label: 'model.field.description',
  kind: 'textarea',
  maxLength,
});

export const FIELD_SPECS: { readonly [E in ListEntity]: readonly FieldSpec[] } = {
  persona: [
    nameField,
    { name: 'share', label: 'model.persona.share', kind: 'share', hint: 'model.persona.shareHint' },
    { name: 'color', label: 'model.persona.color', kind: 'color' },
    {
      name: 'pictureUrl',
      label: 'model.persona.picture',
      kind: 'url',
      hint: 'model.persona.pictureHint',
      maxLength: 2000,
    },
    descriptionField(4000),
    { name: 'goals', label: 'model.persona.goals', kind: 'lines', hint: 'model.linesHint' },
    {
      name: 'frustrations',
      label: 'model.persona.frustrations',
      kind: 'lines',
      hint: 'model.linesHint',
    },
  ],
  phase: [nameField, descriptionField(2000)],
  stage: [nameField, descriptionField(2000)],
  channel: [
    nameField,
    { name: 'kind', label: 'model.channel.kind', kind: 'channelKind' },
    { name: 'media', label: 'model.channel.media', kind: 'lines', hint: 'model.channel.mediaHint' },
  ],
  objective: [
    nameField,
    descriptionField(2000),
    {
      name: 'weight',
      label: 'model.objective.weight',
      kind: 'weight',
      hint: 'model.objective.weightHint',
    },
  ],
};

/** Test ids of each list's form and rows, kept stable for browser tests. */
export const TEST_IDS: { readonly [E in ListEntity]: { form: string; row: string } } = {
  persona: { form: 'persona-form', row: 'persona-row' },
  phase: { form: 'phase-form', row: 'phase-row' },
  stage: { form: 'stage-form', row: 'stage-row' },
  channel: { form: 'channel-form', row: 'channel-row' },
  objective: { form: 'objective-form', row: 'objective-row' },
};
