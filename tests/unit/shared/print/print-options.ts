import { DUTCH_PRINT_LABELS, type PrintOptions } from '../../../../shared/print';

/** Print options for tests: one A4 landscape sheet with Dutch labels, nothing anonymised, `over` on top. */
export function printOptions(over: Partial<PrintOptions> = {}): PrintOptions {
  return {
    paper: 'A4',
    orientation: 'landscape',
    marginMm: 12,
    title: 'Lindenhof',
    subtitle: '',
    date: '',
    author: '',
    note: '',
    anonymise: false,
    visibleIds: null,
    poster: null,
    labels: DUTCH_PRINT_LABELS,
    ...over,
  };
}
