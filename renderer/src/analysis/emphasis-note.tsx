import { useTranslation } from 'react-i18next';
import { hasMarks, MARK_COLOUR, type CanvasEmphasis } from '../graph/emphasis';
import { setMapEmphasis } from './emphasis-store';

/** Props of the note over the canvas: which map, and the layer it shows. */
export interface EmphasisNoteProps {
  readonly mapId: string;
  readonly emphasis: CanvasEmphasis | null;
}

/** A small note over the canvas that says what the extra layer shows, with a button to clear it. */
export function EmphasisNote({ mapId, emphasis }: EmphasisNoteProps) {
  const { t } = useTranslation();
  if (!emphasis) return null;
  const marks = hasMarks(emphasis);
  return (
    <div className="emphasis-note" role="status" data-testid="emphasis-note">
      <span>{emphasis.label}</span>
      {marks ? (
        <span className="emphasis-keys">
          <span style={{ borderColor: MARK_COLOUR.added }} className="mark-key mark-key-added">
            {t('analysis.marks.added')}
          </span>
          <span style={{ borderColor: MARK_COLOUR.changed }} className="mark-key mark-key-changed">
            {t('analysis.marks.changed')}
          </span>
          <span style={{ borderColor: MARK_COLOUR.removed }} className="mark-key mark-key-removed">
            {t('analysis.marks.removed')}
          </span>
        </span>
      ) : null}
      <button type="button" onClick={() => setMapEmphasis(mapId, null)}>
        {t('analysis.clearEmphasis')}
      </button>
    </div>
  );
}
