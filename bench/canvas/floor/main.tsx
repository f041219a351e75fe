/** Entry of the floor page: parse the plan text, lay it out trivially, hand it to React Flow. */
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import { FloorApp, type LoadedPlan } from './FloorApp';
import { planToFlowNodes, type PlanNodeLike } from './gridLayout';

function load(text: string): LoadedPlan {
  const document = JSON.parse(text) as { nodes?: PlanNodeLike[]; view?: LoadedPlan['view'] };
  return { ...planToFlowNodes(document.nodes ?? []), view: document.view ?? null };
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<FloorApp load={load} />);
