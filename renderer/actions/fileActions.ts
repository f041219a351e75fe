/**
 * New plan and the examples. Opening, saving and exporting files belong to the desktop bridge and
 * register their own actions (file-open, file-save, …) through `registerActions`.
 */
import { emptyPlan } from '../../shared/model/defaults';
import { EXAMPLES } from '../examples';
import { showToast } from '../store/uiStore';
import type { Action } from './types';

export const FILE_ACTIONS: readonly Action[] = [
  {
    id: 'file-new',
    label: 'New plan',
    shortcuts: ['Mod+N'],
    enabled: (s) => !s.gestureActive,
    perform: ({ doc }) => doc.open(emptyPlan()),
  },
  {
    id: 'help-examples',
    label: 'Examples',
    enabled: (s) => !s.gestureActive,
    perform: ({ doc }) => doc.ui.setState({ examplesMenuOpen: true }),
  },
  {
    id: 'help-about',
    label: 'About Strata',
    enabled: () => true,
    perform: ({ doc }) =>
      showToast(
        doc,
        'info',
        'Strata — plans virtualization and container layouts: consolidation, patching and blast radius, live.',
      ),
  },
  ...EXAMPLES.map((example): Action => ({
    id: `example-${example.id}`,
    label: example.title,
    enabled: (s) => !s.gestureActive,
    perform: ({ doc }) => doc.open(example.plan),
  })),
];
