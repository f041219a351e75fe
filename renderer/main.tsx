/** Entry point: wire the stores, open the default example, install shortcuts, render. */
// First: zod must be configured before any schema is built (see shared/load/zodConfig.ts).
import '../shared/load/zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/theme.css';
import './styles/layout.css';
import './styles/panels.css';
import './styles/figures.css';
import './styles/cards.css';
import { emptyPlan } from '../shared/model/defaults';
import { installKeyboard } from './actions/keyboard';
import { installMenuState } from './actions/menuState';
import { App } from './App';
import { installTestHook } from './app/testHook';
import { connectStores } from './app/wiring';
import { DEFAULT_EXAMPLE_ID, findExample } from './examples';
import { installFileFlows } from './files/installFiles';
import { replacePlan } from './store/planStore';

replacePlan(findExample(DEFAULT_EXAMPLE_ID)?.plan ?? emptyPlan());
connectStores();
installKeyboard();
// Test and benchmark builds only: a production bundle has no trace of the hook (tests/builtBundle).
if (__STRATA_TEST_HOOK__) installTestHook();
installFileFlows();
// The desktop menu is enabled and checked from the editor's state.
if (window.strata) installMenuState(window.strata);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
