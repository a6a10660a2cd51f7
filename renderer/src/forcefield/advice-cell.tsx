import { useTranslation } from 'react-i18next';
import type { ForceFieldEntry } from '../../../shared/domain/force-field';
import { adviceOf } from '../../../shared/forcefield/advice';

/** What to do with one actor: the grid cell (e.g. "Informeren") and the advice for their stance. */
export function AdviceCell({ entry }: { readonly entry: Pick<ForceFieldEntry, 'stance' | 'influence' | 'interest'> }) {
  const { t } = useTranslation();
  const advice = adviceOf(entry);
  return (
    <>
      <strong className="ff-engagement">{t(`forcefield.engagements.${advice.engagement}.title`)}</strong>
      <span className="ff-advice-text">{t(`forcefield.advice.${advice.key}`)}</span>
    </>
  );
}
