/**
 * New plan and the examples. Opening, saving and exporting files belong to the desktop bridge and
 * register their own actions (file-open, file-save, …) through `registerActions`.
 */
import { emptyPlan } from '../../shared/model/defaults';
import { EXAMPLES } from '../examples';
import { showToast } from '../store/uiStore';
import { uiLang } from '../store/uiLang';
import { EXAMPLE_ACTION_PREFIX } from '../../shared/actions/manifest';
import { ENABLED_RULES } from '../../shared/actions/rules';
import { bindAction } from './bindAction';
import type { Action } from './types';

export const FILE_ACTIONS: readonly Action[] = [
  bindAction('file-new', ({ doc }) => doc.open(emptyPlan())),
  bindAction('help-examples', ({ doc }) => doc.ui.setState({ examplesMenuOpen: true })),
  bindAction('help-about', ({ doc }) =>
    showToast(doc, 'info', uiLang(doc).t('ui.toast.about')),
  ),
  ...EXAMPLES.map((example): Action => ({
    id: `${EXAMPLE_ACTION_PREFIX}${example.id}`,
    label: example.title,
    enabled: ENABLED_RULES.idle,
    perform: ({ doc }) => doc.open(example.plan, example.document),
  })),
];
