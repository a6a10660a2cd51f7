import { createPortal } from 'react-dom';
import { cssPageSize, type Orientation, type PaperSize, type PrintedPage } from '../../../shared/print';
import { svgDataUrl } from './export-files';

/** Props of the sheets the browser prints: the rendered pages and their paper. */
export interface PrintSheetsProps {
  readonly pages: readonly PrintedPage[];
  readonly paper: PaperSize;
  readonly orientation: Orientation;
}

/**
 * The pages as the printer gets them: outside the app root, hidden on screen, and with an
 * `@page` rule of the chosen size, so window.print() and "Opslaan als PDF" give exactly these sheets.
 */
export function PrintSheets({ pages, paper, orientation }: PrintSheetsProps) {
  return createPortal(
    <div className="print-sheets" aria-hidden="true" data-testid="print-sheets">
      <style>{`@page { size: ${cssPageSize(paper, orientation)}; margin: 0; }`}</style>
      {pages.map((page, i) => (
        <img key={i} className="print-sheet" alt="" src={svgDataUrl(page.svg)} style={{ width: `${page.widthMm}mm`, height: `${page.heightMm}mm` }} />
      ))}
    </div>,
    document.body,
  );
}
