/** Plan menu: Consolidate… opens its dialog (renderer/consolidate/). */
import { bindAction } from './bindAction';
import type { Action } from './types';

export const PLAN_ACTIONS: readonly Action[] = [
  bindAction('plan-consolidate', ({ doc }) => doc.ui.setState({ consolidateOpen: true })),
];
