/**
 * Every domain edit of a plan: pure functions (plan, args) → EditResult, the new plan or a refusal
 * naming the reason (and the field). The app, the importers, the optimizer and the CLI edit
 * through these and nothing else; see README.md.
 */
export {
  REFUSAL_CODES,
  done,
  refused,
  refusedBy,
  refusalText,
  sentence,
  type EditResult,
  type Refusal,
  type RefusalCode,
} from './result';
export { addNode, type NodeSpec } from './addNode';
export { moveNode, moveNodes, type Move } from './moveNodes';
export { updateNode } from './updateNode';
export { deleteSubtrees } from './deleteNodes';
export { addLink, deleteLinks } from './links';
export { renamePlan, updateSettings } from './planFields';
export { tidyTopLevel } from './tidy';
export { nudgeNodes, NUDGE_GRID, NUDGE_STEP } from './nudge';
export { addStarter, STARTERS, type StarterId } from './starters';
export { addVmWithHost, needsHost } from './vmHost';
export { resolveOverlaps, settled } from './resolveOverlaps';
export {
  copySubtrees,
  duplicateSubtrees,
  pasteSubtrees,
  PASTE_OFFSET,
  type Clipboard,
  type PasteTarget,
} from './clipboard';
export { idFactory, ID_PREFIX, type IdFactory } from './ids';
export { buildPlanTree, planTree, selectionRoots, subtreeIds, type PlanTree } from './planTree';
export { subPlan } from './subPlan';
