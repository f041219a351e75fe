/** The fields of each kind (SPEC §2) as proper controls: numbers with units, pickers, lists. */
import { useId } from 'react';
import { HYPERVISOR_PRODUCTS, RUNTIME_ENGINES } from '../../shared/model/catalog';
import type { PlanNode } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import type { Lang } from '../../shared/i18n/lang';
import { useLang } from '../i18n/useLang';
import { usePlan } from '../store/editorContext';
import { SelectField, TextField, commitNumber, numberText } from './fields';
import { OsFields } from './OsFields';
import { unitText, type UnitId } from './units';

export type PatchCommit = (patch: Record<string, unknown>) => string | null;

const clusterCache = new WeakMap<Plan, string[]>();

/** Cluster names already used in the plan, offered when typing a hypervisor's cluster. */
function clusterNames(plan: Plan): string[] {
  let names = clusterCache.get(plan);
  if (!names) {
    const set = new Set<string>();
    for (const n of plan.nodes) if (n.kind === 'hypervisor' && n.cluster) set.add(n.cluster);
    names = [...set].sort();
    clusterCache.set(plan, names);
  }
  return names;
}

function NumberInput({
  field,
  label,
  unit,
  value,
  commit,
}: {
  field: string;
  label: string;
  unit: UnitId;
  value: number;
  commit: PatchCommit;
}) {
  const lang = useLang();
  return (
    <TextField
      key={`${field}:${value}`}
      label={label}
      unit={unitText(unit, lang)}
      numeric
      value={numberText(value)}
      commit={(text) => commitNumber(text, unit, (n) => commit({ [field]: n }), lang)}
      testId={`field-${field}`}
    />
  );
}

/** Text where empty means none (null): workload, service, cluster. */
function OptionalText({
  field,
  label,
  value,
  commit,
  list,
  placeholder,
}: {
  field: string;
  label: string;
  value: string | null;
  commit: PatchCommit;
  list?: string;
  placeholder: string;
}) {
  return (
    <TextField
      key={`${field}:${value ?? ''}`}
      label={label}
      value={value ?? ''}
      placeholder={placeholder}
      {...(list ? { list } : {})}
      commit={(text) => commit({ [field]: text.trim() === '' ? null : text.trim() })}
      testId={`field-${field}`}
    />
  );
}

function WorkloadFields({
  workload,
  service,
  commit,
  lang,
}: {
  workload: string | null;
  service: string | null;
  commit: PatchCommit;
  lang: Lang;
}) {
  return (
    <>
      <OptionalText
        field="workload"
        label={lang.t('inspector.workload')}
        value={workload}
        commit={commit}
        placeholder={lang.t('inspector.workload.placeholder')}
      />
      <OptionalText
        field="service"
        label={lang.t('inspector.service')}
        value={service}
        commit={commit}
        placeholder={lang.t('inspector.service.placeholder')}
      />
    </>
  );
}

export function KindFields({ node, commit }: { node: PlanNode; commit: PatchCommit }) {
  const clustersId = useId();
  const clusters = usePlan((s) => clusterNames(s.plan));
  const lang = useLang();
  switch (node.kind) {
    case 'site':
      return (
        <SelectField
          label={lang.t('inspector.role')}
          value={node.role}
          testId="field-role"
          commit={(role) => commit({ role })}
          choices={[
            { value: 'primary', label: lang.t('inspector.role.primary') },
            { value: 'secondary', label: lang.t('inspector.role.secondary') },
          ]}
        />
      );
    case 'server':
      return (
        <>
          <NumberInput
            field="cpuCores"
            label={lang.t('inspector.cpu')}
            unit="cores"
            value={node.cpuCores}
            commit={commit}
          />
          <NumberInput field="ramGiB" label={lang.t('inspector.ram')} unit="gib" value={node.ramGiB} commit={commit} />
          <OsFields os={node.os} nullable commit={commit} />
          <WorkloadFields workload={node.workload} service={node.service} commit={commit} lang={lang} />
        </>
      );
    case 'hypervisor':
      return (
        <>
          <SelectField
            label={lang.t('inspector.product')}
            value={node.product}
            testId="field-product"
            commit={(product) => commit({ product })}
            choices={HYPERVISOR_PRODUCTS.map((p) => ({ value: p.product, label: p.product }))}
          />
          <SelectField
            label={lang.t('inspector.type')}
            value={String(node.hypervisorType)}
            testId="field-hypervisorType"
            commit={(t) => commit({ hypervisorType: Number(t) })}
            choices={[
              { value: '1', label: lang.t('inspector.type1') },
              { value: '2', label: lang.t('inspector.type2') },
            ]}
          />
          <OptionalText
            field="cluster"
            label={lang.t('inspector.cluster')}
            value={node.cluster}
            commit={commit}
            list={clustersId}
            placeholder={lang.t('inspector.none')}
          />
          <datalist id={clustersId}>
            {clusters.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <NumberInput
            field="reservedCpuCores"
            label={lang.t('inspector.reservedCpu')}
            unit="cores"
            value={node.reservedCpuCores}
            commit={commit}
          />
          <NumberInput
            field="reservedRamGiB"
            label={lang.t('inspector.reservedRam')}
            unit="gib"
            value={node.reservedRamGiB}
            commit={commit}
          />
        </>
      );
    case 'vm':
      return (
        <>
          <NumberInput field="vcpu" label={lang.t('inspector.vcpu')} unit="vcpu" value={node.vcpu} commit={commit} />
          <NumberInput field="ramGiB" label={lang.t('inspector.ram')} unit="gib" value={node.ramGiB} commit={commit} />
          <OsFields os={node.os} nullable={false} commit={commit} />
          <WorkloadFields workload={node.workload} service={node.service} commit={commit} lang={lang} />
        </>
      );
    case 'runtime':
      return (
        <>
          <SelectField
            label={lang.t('inspector.engine')}
            value={node.engine}
            testId="field-engine"
            commit={(engine) => commit({ engine })}
            choices={RUNTIME_ENGINES.map((e) => ({ value: e.engine, label: e.engine }))}
          />
          <SelectField
            label={lang.t('inspector.isolation')}
            value={node.isolation}
            testId="field-isolation"
            commit={(isolation) => commit({ isolation })}
            choices={[
              { value: 'shared-kernel', label: lang.t('palette.detail.sharedKernel') },
              { value: 'vm', label: lang.t('palette.detail.vmIsolation') },
            ]}
          />
        </>
      );
    case 'container':
      return (
        <>
          <TextField
            key={`image:${node.image}`}
            label={lang.t('inspector.image')}
            value={node.image}
            placeholder={lang.t('inspector.image.placeholder')}
            commit={(image) => commit({ image: image.trim() })}
            testId="field-image"
          />
          <NumberInput field="cpu" label={lang.t('inspector.cpu')} unit="cores" value={node.cpu} commit={commit} />
          <NumberInput field="ramGiB" label={lang.t('inspector.ram')} unit="gib" value={node.ramGiB} commit={commit} />
          <SelectField
            label={lang.t('inspector.osFamily')}
            value={node.osFamily}
            testId="field-osFamily"
            commit={(osFamily) => commit({ osFamily })}
            choices={[
              { value: 'linux', label: 'Linux' },
              { value: 'windows', label: 'Windows' },
            ]}
          />
          <WorkloadFields workload={node.workload} service={node.service} commit={commit} lang={lang} />
        </>
      );
  }
}
