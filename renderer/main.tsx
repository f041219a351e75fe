/** Entry point: create the window's document on the default example, install its shortcuts and file flows, render. */
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
import { connectDocument } from './document/connect';
import { createDocumentStores } from './document/createDocument';
import { DocumentProvider } from './document/DocumentProvider';
import { installFlows } from './document/installFlows';
import { DEFAULT_EXAMPLE_ID, findExample } from './examples';

const doc = createDocumentStores(findExample(DEFAULT_EXAMPLE_ID)?.plan ?? emptyPlan());
connectDocument(doc);
installKeyboard(doc);
installTestHook(doc);
installFlows(doc);

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
