import { useTranslation } from 'react-i18next';
import type { SiloRow } from '../../../shared/analysis/silo';
import { formatNumber } from './format';

/** Props of one silo table: its caption and rows. */
export interface SiloTableProps {
  readonly caption: string;
  readonly rows: readonly SiloRow[];
  /** Category ids are translated; areas are shown as written. */
  readonly translateGroup: boolean;
}

/** Ties inside versus crossing, per category or area, most closed group first. */
export function SiloTable({ caption, rows, translateGroup }: SiloTableProps) {
  const { t, i18n } = useTranslation();
  const groupLabel = (group: string) => {
    if (group === '') return t('analysis.silo.noArea');
    return translateGroup ? t(`category.${group}`, { defaultValue: group }) : group;
  };
  return (
    <table className="silo-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.silo.group')}</th>
          <th scope="col" className="num">{t('analysis.silo.actors')}</th>
          <th scope="col" className="num">{t('analysis.silo.inside')}</th>
          <th scope="col" className="num">{t('analysis.silo.crossing')}</th>
          <th scope="col" className="num">{t('analysis.silo.index')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.group}>
            <th scope="row">{groupLabel(r.group)}</th>
            <td className="num">{r.actors}</td>
            <td className="num">{r.inside}</td>
            <td className="num">{r.crossing}</td>
            <td className="num">{formatNumber(r.eiIndex, i18n.language, 2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
