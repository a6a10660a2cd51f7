import { useTranslation } from 'react-i18next';

/** Props of the status line: the counts to show. */
export interface StatusLineProps {
  readonly actors: number;
  readonly relations: number;
}

/** "4 actoren · 3 relaties": the size of the map, always visible under the canvas. */
export function StatusLine({ actors, relations }: StatusLineProps) {
  const { t } = useTranslation();
  return (
    <p className="status-line" data-testid="map-status">
      {t('count.actors', { count: actors })} · {t('count.relations', { count: relations })}
    </p>
  );
}
