import { useTranslation } from 'react-i18next';
import type { Command } from '../../../shared/commands/command';
import type { MapController } from '../map/use-map-state';
import type { CellProblem } from './table-model';

/** Turns a cell edit into a command: a found problem is shown at the cell, otherwise main decides. */
export function useTableCommit(controller: MapController): (problem: CellProblem, command: () => Command) => Promise<string | null> {
  const { t } = useTranslation();
  return async (problem, command) => {
    if (problem) return t(problem);
    return (await controller.run(command())) ? null : t('table.problem.notSaved');
  };
}
