import { describe, expect, it } from 'vitest';
import type { MenuState } from '../../shared/actions/rules';
import { createEditorStores } from '../store/editorStores';
import { installMenuState } from './menuState';

function fakeDocument() {
  const listeners = new Map<string, () => void>();
  return {
    listeners,
    activeElement: null,
    getSelection: () => '',
    addEventListener: (name: string, listener: () => void) => void listeners.set(name, listener),
    removeEventListener: (name: string) => void listeners.delete(name),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('installMenuState', () => {
  it('sends the state at once, then once per change, never the same twice', async () => {
    const sent: MenuState[] = [];
    const doc = fakeDocument();
    const stores = createEditorStores();
    const useUiStore = stores.ui;
    const stop = installMenuState(
      stores,
      { setMenuState: async (state) => void sent.push(state) },
      doc as unknown as Document,
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ minimap: useUiStore.getState().minimap, textEditing: false });

    useUiStore.setState({ heatView: true });
    useUiStore.setState({ failureMode: false });
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]?.heatView).toBe(true);

    doc.listeners.get('focusin')?.();
    useUiStore.setState({ heatView: true });
    await settle();
    expect(sent).toHaveLength(2);

    stop();
    expect(doc.listeners.size).toBe(0);
    useUiStore.setState({ heatView: false });
    await settle();
    expect(sent).toHaveLength(2);
  });
});
