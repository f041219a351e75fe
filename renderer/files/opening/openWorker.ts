/** The worker entry: one open request in, the plan (in slices) or the message out. */
import { langOf } from '../../../shared/i18n/lang';
import { transferablesOf } from '../../store/documentSlices';
import { openRequest } from './openCore';
import {
  FIGURES_WAIT_MS,
  type OpenRequest,
  type PlanDrawn,
  type WorkerMessage,
} from './openProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<OpenRequest | PlanDrawn>) => void) | null;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
let planDrawn: () => void = () => undefined;
// The figures wait for the page to have drawn the plan, or FIGURES_WAIT_MS at most (a page in a
// background tab draws nothing).
const drawn = new Promise<void>((resolve) => {
  planDrawn = resolve;
});
scope.onmessage = (event) => {
  if (event.data.kind === 'drawn') {
    planDrawn();
    return;
  }
  const request = event.data;
  const crashed = (error: unknown): void =>
    scope.postMessage({
      type: 'failed',
      message: langOf(request.locale).t('open.crashed', {
        detail: error instanceof Error ? error.message : String(error),
      }),
    });
  const post = (message: WorkerMessage): void => {
    scope.postMessage(
      message,
      message.type === 'stage' || message.type === 'failed' ? [] : transferablesOf(message),
    );
    if (message.type === 'done') setTimeout(planDrawn, FIGURES_WAIT_MS);
  };
  openRequest(request, post, drawn).catch(crashed);
};
