import type { ForceField } from '../../../shared/domain/force-field';

/** Today as YYYY-MM-DD (local date). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A file name stem made from a force field's question: letters, digits and dashes. */
export function fileStem(field: ForceField): string {
  const slug = field.question.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `krachtenveld-${slug || 'export'}`;
}
