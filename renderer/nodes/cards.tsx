/** One memoized card per kind, each showing the figures that matter for it, in the editor's
 * language. Bodies stay cheap: a parent's drag re-renders every descendant on every frame. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { CardNode } from '../canvas/flowElements';
import { formatNumber, formatOs } from '../metrics/format';
import { useUiLang } from '../store/uiLang';
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
  const { t, numberLocale } = useUiLang();
  if (!h) return null;
  const n = (x: number, decimals: number): string => formatNumber(x, decimals, numberLocale);
  return (
    <div className="card__meters">
      <Meter
        label={t('ui.card.cpu')}
        value={h.cpuRatio}
        limit={h.cpuLimit}
        text={t('unit.coresUsed', { used: n(h.cpuDemand, 1), total: n(h.cpuCores, 0) })}
        testId={`cpu-${id}`}
      />
      <Meter
        label={t('ui.card.ram')}
        value={h.ramUtilization}
        limit={h.ramLimit}
        text={t('unit.gibUsed', { used: n(h.ramDemand, 1), total: n(h.ramGiB, 0) })}
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
  const { t } = useUiLang();
  const node = data.node;
  if (node.kind !== 'site') return null;
  return (
    <NodeFrame id={id} kind="site" name={node.name} subtitle={t(node.role === 'secondary' ? 'ui.card.secondarySite' : 'ui.card.primarySite')}
      selected={selected} container={data.childCount > 0} workload={false} summary={data.summary}>
      {data.childCount === 0 && <Line>{t('ui.card.dropServers')}</Line>}
    </NodeFrame>
  );
});

export const ServerCard = memo(function ServerCard({ id, data, selected }: CardProps) {
  const lang = useUiLang();
  const { t, numberLocale } = lang;
  const node = data.node;
  if (node.kind !== 'server') return null;
  const subtitle = t('ui.card.server', {
    cores: formatNumber(node.cpuCores, 0, numberLocale),
    ram: formatNumber(node.ramGiB, 0, numberLocale),
    os: formatOs(node.os, lang),
  });
  return (
    <NodeFrame id={id} kind="server" name={node.name} subtitle={subtitle}
      selected={selected} container={data.childCount > 0} workload={data.workload} summary={data.summary}>
      <ServerMeters id={id} />
      {node.workload && <Line>{t('ui.card.runs', { workload: node.workload })}</Line>}
    </NodeFrame>
  );
});

export const HypervisorCard = memo(function HypervisorCard({ id, data, selected }: CardProps) {
  const { t } = useUiLang();
  const node = data.node;
  if (node.kind !== 'hypervisor') return null;
  const cluster = node.cluster ? t('ui.card.cluster', { name: node.cluster }) : t('ui.card.noCluster');
  const subtitle = t('ui.card.hypervisor', { product: node.product, type: node.hypervisorType, cluster });
  return (
    <NodeFrame id={id} kind="hypervisor" name={node.name} subtitle={subtitle}
      selected={selected} container={data.childCount > 0} workload={false}>
      {data.childCount === 0 && <Line>{t('ui.card.dropVms')}</Line>}
    </NodeFrame>
  );
});

export const VmCard = memo(function VmCard({ id, data, selected }: CardProps) {
  const lang = useUiLang();
  const { t, numberLocale } = lang;
  const node = data.node;
  if (node.kind !== 'vm') return null;
  const size = t('unit.vcpuGib', {
    cpu: formatNumber(node.vcpu, 2, numberLocale),
    ram: formatNumber(node.ramGiB, 2, numberLocale),
  });
  return (
    <NodeFrame id={id} kind="vm" name={node.name} subtitle={formatOs(node.os, lang)} selected={selected}
      container={data.childCount > 0} workload={data.workload}>
      <Line>{node.service ? `${size} · ${node.service}` : size}</Line>
    </NodeFrame>
  );
});

export const RuntimeCard = memo(function RuntimeCard({ id, data, selected }: CardProps) {
  const { t } = useUiLang();
  const node = data.node;
  if (node.kind !== 'runtime') return null;
  const isolation = t(node.isolation === 'vm' ? 'ui.card.vmIsolation' : 'ui.card.sharedKernel');
  return (
    <NodeFrame id={id} kind="runtime" name={node.name} subtitle={`${node.engine} · ${isolation}`} selected={selected}
      container={data.childCount > 0} workload={false}>
      {data.childCount === 0 && <Line>{t('ui.card.dropContainers')}</Line>}
    </NodeFrame>
  );
});

export const ContainerCard = memo(function ContainerCard({ id, data, selected }: CardProps) {
  const { t, numberLocale } = useUiLang();
  const node = data.node;
  if (node.kind !== 'container') return null;
  const line = t('ui.card.container', {
    cpu: formatNumber(node.cpu, 2, numberLocale),
    ram: formatNumber(node.ramGiB, 2, numberLocale),
    os: node.osFamily === 'windows' ? 'Windows' : 'Linux',
  });
  return (
    <NodeFrame id={id} kind="container" name={node.name} subtitle={node.image || t('ui.card.noImage')} selected={selected}
      container={false} workload={data.workload}>
      <Line>{line}</Line>
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
