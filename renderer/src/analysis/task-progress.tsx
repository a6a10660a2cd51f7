import { useTranslation } from 'react-i18next';
import type { TaskState } from './use-analysis-task';

/** Props of the progress line: where the task stands, and how to stop or restart it. */
export interface TaskProgressProps {
  readonly state: TaskState;
  readonly onCancel: () => void;
  readonly onRestart: () => void;
}

/** Shows progress with a cancel button while a computation runs; after a cancel or failure, a way on. */
export function TaskProgress({ state, onCancel, onRestart }: TaskProgressProps) {
  const { t } = useTranslation();
  if (state.status === 'running') {
    return (
      <div className="task-progress" role="status">
        <label>
          {t('analysis.running', { step: state.step })}{' '}
          <progress max={1} value={state.fraction} />
        </label>{' '}
        <button type="button" onClick={onCancel}>
          {t('analysis.cancel')}
        </button>
      </div>
    );
  }
  if (state.status === 'cancelled' || state.status === 'error') {
    return (
      <div className="task-progress" role={state.status === 'error' ? 'alert' : 'status'}>
        {state.status === 'error' ? t('analysis.failed', { message: state.message }) : t('analysis.cancelled')}{' '}
        <button type="button" onClick={onRestart}>
          {t('analysis.restart')}
        </button>
      </div>
    );
  }
  return null;
}
