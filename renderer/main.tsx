/** Entry point: create the window's document on the default example, install its shortcuts and file flows, render. */
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
import { connectDocument } from './document/connect';
import { createDocumentStores } from './document/createDocument';
import { DocumentProvider } from './document/DocumentProvider';
import { installFlows } from './document/installFlows';
import { DEFAULT_EXAMPLE_ID, findExample } from './examples';

const doc = createDocumentStores(findExample(DEFAULT_EXAMPLE_ID)?.plan ?? emptyPlan());
connectDocument(doc);
installKeyboard(doc);
// Test and benchmark builds only: a production bundle has no trace of the hook (tests/builtBundle).
if (__STRATA_TEST_HOOK__) installTestHook(doc);
installFlows(doc);
// The desktop menu is enabled and checked from the document's state.
if (window.strata) installMenuState(doc, window.strata);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DocumentProvider doc={doc}>
        <App />
      </DocumentProvider>
    </StrictMode>,
  );
}
