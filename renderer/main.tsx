/** Entry point: wire the stores, open the default example, install shortcuts, render. */
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
import { App } from './App';
import { installTestHook } from './app/testHook';
import { connectStores } from './app/wiring';
import { DEFAULT_EXAMPLE_ID, findExample } from './examples';
import { installFileFlows } from './files/installFiles';
import { replacePlan } from './store/planStore';

replacePlan(findExample(DEFAULT_EXAMPLE_ID)?.plan ?? emptyPlan());
connectStores();
installKeyboard();
installTestHook();
installFileFlows();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
