/** The worker entry: one open request in, the plan (in slices) or the message out. */
import { langOf } from '../../../shared/i18n/lang';
import { transferablesOf } from '../../store/documentSlices';
import { openRequest } from './openCore';
import type { OpenRequest, WorkerMessage } from './openProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<OpenRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  const crashed = (error: unknown): void =>
    scope.postMessage({
      type: 'failed',
      message: langOf(event.data.locale).t('open.crashed', {
        detail: error instanceof Error ? error.message : String(error),
      }),
    });
  openRequest(event.data, (message) =>
    scope.postMessage(
      message,
      message.type === 'stage' || message.type === 'failed' ? [] : transferablesOf(message),
    ),
  ).catch(crashed);
};
