/** Printing: a pure SVG renderer of a map, with anonymisation, legend and poster tiles. */
export { renderPrint, renderNetworkFigure, type PrintedPage } from './render-print';
export { pseudonyms, scrubNames, nameScrubber, isKeyFigure, anonymiseDocument, DUTCH_PSEUDONYMS } from './anonymise';
export { PAPER_SIZES, ORIENTATIONS, sheetSize, cssPageSize, type PaperSize, type Orientation } from './paper';
export { printLabels, DUTCH_PRINT_LABELS, type PrintLabels, type Translate } from './print-labels';
export { MARGIN_LIMITS, POSTER_LIMITS, type PrintOptions, type PosterOptions } from './print-options';
