/**
 * One renderer per item kind. The Record is exhaustive, so adding a kind to the bank schema
 * without a renderer is a compile error.
 */
import type { ComponentType } from 'react';
import type { Item, ItemKind } from '../../../domain/bank/bank-schema';
import { AgreementField } from './agreement-field';
import { ChoiceField, SelectField } from './choice-field';
import type { FieldProps } from './field-props';
import { GridField } from './grid-field';
import { FreeTextField } from './text-field';

type Renderers = { [K in ItemKind]: ComponentType<FieldProps<Extract<Item, { kind: K }>>> };

export const renderers: Renderers = {
  agreement: AgreementField,
  choice: ChoiceField,
  grid: GridField,
  select: SelectField,
  text: FreeTextField,
};

export function QuestionField(props: FieldProps) {
  const Renderer = renderers[props.item.kind] as ComponentType<FieldProps>;
  return <Renderer {...props} />;
}
