/// <reference lib="webworker" />
import { runAnalysisTask, type AnalysisRequest, type AnalysisResponse } from './analysis-task';

// The analysis Web Worker: runs one task per message and reports progress, so the UI stays responsive.
self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const post = (message: AnalysisResponse) => self.postMessage(message);
  try {
    const result = runAnalysisTask(event.data, (step, fraction) => post({ type: 'progress', step, fraction }));
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
