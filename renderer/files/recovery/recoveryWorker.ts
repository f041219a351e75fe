/** The recovery worker's entry: slices of the document in, its recovery copy out. */
import { RecoveryCore } from './recoveryCore';
import type { RecoveryReply, RecoveryRequest } from './recoveryProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<RecoveryRequest>) => void) | null;
  postMessage(message: RecoveryReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const core = new RecoveryCore();
scope.onmessage = (event) => {
  const reply = core.receive(event.data);
  if (reply) scope.postMessage(reply);
};
