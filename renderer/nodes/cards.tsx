/** One memoized card per kind, each showing the figures that matter for it. Bodies stay cheap:
 * a parent's drag re-renders every descendant on every frame. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { CardNode } from '../canvas/flowElements';
import { formatNumber, formatOs } from '../metrics/format';
import { NodeFrame } from './NodeFrame';
import { useHostFigures } from './nodeHooks';

type CardProps = NodeProps<CardNode>;


function Meter({ label, value, limit, text, testId }: { label: string; value: number; limit: number; text: string; testId: string }) {
  const fill = limit > 0 ? value / limit : 0;
  const level = fill > 1 ? 'over' : fill > 0.8 ? 'high' : 'ok';
  return (
    <div className="meter" data-testid={testId} data-level={level}>
      <span className="meter__label">{label}</span>
      <span className="meter__track">
        <span className="meter__fill" style={{ width: `${Math.min(100, fill * 100)}%` }} />
      </span>
      <span className="meter__text">{text}</span>
    </div>
  );
}

function ServerMeters({ id }: { id: string }) {
  const h = useHostFigures(id);
  if (!h) return null;
  return (
    <div className="card__meters">
      <Meter
        label="CPU"
        value={h.cpuRatio}
        limit={h.cpuLimit}
        text={`${formatNumber(h.cpuDemand, 1)} / ${formatNumber(h.cpuCores, 0)} cores`}
        testId={`cpu-${id}`}
      />
      <Meter
        label="RAM"
        value={h.ramUtilization}
        limit={h.ramLimit}
        text={`${formatNumber(h.ramDemand, 1)} / ${formatNumber(h.ramGiB, 0)} GiB`}
        testId={`ram-${id}`}
      />
    </div>
  );
}

function Line({ children }: { children: string }) {
  return (
    <div className="card__line" title={children}>
      {children}
    </div>
  );
}

export const SiteCard = memo(function SiteCard({ id, data, selected }: CardProps) {
  const node = data.node;
  if (node.kind !== 'site') return null;
  return (
    <NodeFrame id={id} kind="site" name={node.name} subtitle={node.role === 'secondary' ? 'Secondary site' : 'Primary site'}
      selected={selected} container={data.childCount > 0} workload={false} summary={data.summary}>
      {data.childCount === 0 && <Line>Drop servers here</Line>}
    </NodeFrame>
  );
});

export const ServerCard = memo(function ServerCard({ id, data, selected }: CardProps) {
  const node = data.node;
  if (node.kind !== 'server') return null;
  return (
    <NodeFrame id={id} kind="server" name={node.name} subtitle={`${formatNumber(node.cpuCores, 0)} cores · ${formatNumber(node.ramGiB, 0)} GiB · ${formatOs(node.os)}`}
      selected={selected} container={data.childCount > 0} workload={data.workload} summary={data.summary}>
      <ServerMeters id={id} />
      {node.workload && <Line>{`Runs ${node.workload}`}</Line>}
    </NodeFrame>
  );
});

export const HypervisorCard = memo(function HypervisorCard({ id, data, selected }: CardProps) {
  const node = data.node;
  if (node.kind !== 'hypervisor') return null;
  const cluster = node.cluster ? `cluster ${node.cluster}` : 'no cluster';
  return (
    <NodeFrame id={id} kind="hypervisor" name={node.name} subtitle={`${node.product} · type ${node.hypervisorType} · ${cluster}`}
      selected={selected} container={data.childCount > 0} workload={false}>
      {data.childCount === 0 && <Line>Drop VMs here</Line>}
    </NodeFrame>
  );
});

export const VmCard = memo(function VmCard({ id, data, selected }: CardProps) {
  const node = data.node;
  if (node.kind !== 'vm') return null;
  return (
    <NodeFrame id={id} kind="vm" name={node.name} subtitle={formatOs(node.os)} selected={selected}
      container={data.childCount > 0} workload={data.workload}>
      <Line>{`${formatNumber(node.vcpu)} vCPU · ${formatNumber(node.ramGiB)} GiB${node.service ? ` · ${node.service}` : ''}`}</Line>
    </NodeFrame>
  );
});

export const RuntimeCard = memo(function RuntimeCard({ id, data, selected }: CardProps) {
  const node = data.node;
  if (node.kind !== 'runtime') return null;
  const isolation = node.isolation === 'vm' ? 'VM isolation' : 'Shared kernel';
  return (
    <NodeFrame id={id} kind="runtime" name={node.name} subtitle={`${node.engine} · ${isolation}`} selected={selected}
      container={data.childCount > 0} workload={false}>
      {data.childCount === 0 && <Line>Drop containers here</Line>}
    </NodeFrame>
  );
});

export const ContainerCard = memo(function ContainerCard({ id, data, selected }: CardProps) {
  const node = data.node;
  if (node.kind !== 'container') return null;
  return (
    <NodeFrame id={id} kind="container" name={node.name} subtitle={node.image || 'No image'} selected={selected}
      container={false} workload={data.workload}>
      <Line>{`${formatNumber(node.cpu)} CPU · ${formatNumber(node.ramGiB)} GiB · ${node.osFamily === 'windows' ? 'Windows' : 'Linux'}`}</Line>
    </NodeFrame>
  );
});

/** Defined once, outside any component, so React Flow never sees a new object. */
export const NODE_TYPES = {
  site: SiteCard,
  server: ServerCard,
  hypervisor: HypervisorCard,
  vm: VmCard,
  runtime: RuntimeCard,
  container: ContainerCard,
};
