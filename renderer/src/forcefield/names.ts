import type { ForceField } from '../../../shared/domain/force-field';

/** A file name stem made from a force field's question: letters, digits and dashes. */
export function fileStem(field: ForceField): string {
  const slug = field.question.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `krachtenveld-${slug || 'export'}`;
}
