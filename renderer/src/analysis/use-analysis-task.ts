import { useEffect, useRef, useState } from 'react';
import { runAnalysisTask, type AnalysisRequest, type AnalysisResponse, type AnalysisResult } from './analysis-task';

/** Where a background computation stands. */
export type TaskState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly step: string; readonly fraction: number }
  | { readonly status: 'done'; readonly result: AnalysisResult }
  | { readonly status: 'cancelled' }
  | { readonly status: 'error'; readonly message: string };

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * Runs an analysis request off the UI thread (a Web Worker, one per request) whenever `request`
 * changes, with progress and a cancel that stops the worker. Falls back to running inline where
 * workers are unavailable. Pass null to run nothing.
 */
export function useAnalysisTask(request: AnalysisRequest | null): { state: TaskState; cancel: () => void } {
  const [state, setState] = useState<TaskState>({ status: 'idle' });
  const workerRef = useRef<Worker | null>(null);

  useEffect(() => {
    if (!request) return undefined;
    let finished = false;
    const worker = startWorker();
    workerRef.current = worker;
    const inline = () => {
      try {
        const result = runAnalysisTask(request, () => undefined);
        if (!finished) setState({ status: 'done', result });
      } catch (error) {
        if (!finished) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
      finished = true;
    };
    // Progress appears only when a computation takes a moment; quick ones go straight to the result.
    const showRunning = setTimeout(() => {
      if (!finished) setState({ status: 'running', step: '', fraction: 0 });
    }, 150);
    if (!worker) inline();
    else {
      worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
        const message = event.data;
        if (finished) return;
        if (message.type === 'progress') setState({ status: 'running', step: message.step, fraction: message.fraction });
        else {
          finished = true;
          setState(message.type === 'done' ? { status: 'done', result: message.result } : { status: 'error', message: message.message });
          worker.terminate();
        }
      };
      worker.onerror = (event) => {
        // A worker that cannot start (e.g. a file:// page) still gets the job done, inline.
        event.preventDefault();
        worker.terminate();
        if (!finished) inline();
      };
      worker.postMessage(request);
    }
    return () => {
      finished = true;
      clearTimeout(showRunning);
      worker?.terminate();
      workerRef.current = null;
    };
  }, [request]);

  const cancel = () => {
    workerRef.current?.terminate();
    workerRef.current = null;
    setState({ status: 'cancelled' });
  };
  return { state, cancel };
}
