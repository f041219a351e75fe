/** The recovery worker's entry: slices of the document in, its recovery copy out. */
import { RecoveryCore } from './recoveryCore';
import { putRecoveryCopy } from './recoveryDatabase';
import type { RecoveryReply, RecoveryRequest } from './recoveryProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<RecoveryRequest>) => void) | null;
  postMessage(message: RecoveryReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const core = new RecoveryCore((copy) => putRecoveryCopy(indexedDB, copy));
// One message at a time, in order: a slice must not land before its array is made, nor the
// next copy start before this one is stored.
let queue = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue
    .then(async () => {
      const reply = await core.receive(event.data);
      if (reply) scope.postMessage(reply);
    })
    .catch(() => undefined);
};
