import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import type { MapController } from '../map/use-map-state';
import { ExportDialog } from './export-dialog';
import { ImportWizard } from './import-wizard';

/** "Importeren" (merge into this map) and "Exporteren" buttons for the map screen. */
export function MapExchangeButtons({ doc, controller }: { readonly doc: MapDocument; readonly controller: MapController }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  return (
    <div className="toolbar exchange-buttons" role="group" aria-label={`${t('exchange.import')} / ${t('exchange.export')}`}>
      <button type="button" onClick={() => setOpen('import')}>
        {t('exchange.import')}
      </button>
      <button type="button" onClick={() => setOpen('export')}>
        {t('exchange.export')}
      </button>
      {open === 'import' ? <ImportWizard target={{ doc, controller }} onClose={() => setOpen(null)} /> : null}
      {open === 'export' ? <ExportDialog doc={doc} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
