/** The fields of each kind (SPEC §2) as proper controls: numbers with units, pickers, lists. */
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { HYPERVISOR_PRODUCTS, RUNTIME_ENGINES } from '../../shared/model/catalog';
import type { PlanNode } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import type { CatalogKey } from '../../shared/i18n/keys';
import type { Lang } from '../../shared/i18n/lang';
import type { OsFamily } from '../../shared/model';
import { useLang } from '../i18n/useLang';
import { usePlan } from '../store/editorContext';
import { SelectField, TextField, commitNumber, numberText } from './fields';
import { OsFields, familyLabel } from './OsFields';
import { unitText, type UnitId } from './units';

export type PatchCommit = (patch: Record<string, unknown>) => string | null;

const clusterCache = new WeakMap<Plan, string[]>();
const NO_CLUSTERS: readonly string[] = [];

/** Cluster names already used in the plan, offered when typing a hypervisor's cluster. */
function clusterNames(plan: Plan): readonly string[] {
  let names = clusterCache.get(plan);
  if (!names) {
    const set = new Set<string>();
    for (const n of plan.nodes) if (n.kind === 'hypervisor' && n.cluster) set.add(n.cluster);
    names = [...set].sort();
    clusterCache.set(plan, names);
  }
  return names;
}

/** The unit of each number field (SPEC §2). */
const FIELD_UNIT: Readonly<Record<string, UnitId>> = {
  cpuCores: 'cores',
  ramGiB: 'gib',
  reservedCpuCores: 'cores',
  reservedRamGiB: 'gib',
  vcpu: 'vcpu',
  cpu: 'cores',
};

const ROLES = ['primary', 'secondary'] as const;
const ISOLATION_LABEL: Readonly<Record<string, CatalogKey>> = {
  'shared-kernel': 'palette.detail.sharedKernel',
  vm: 'palette.detail.vmIsolation',
};
const CONTAINER_FAMILIES: readonly OsFamily[] = ['linux', 'windows'];

function NumberInput({
  field,
  label,
  value,
  commit,
}: {
  field: string;
  label: string;
  value: number;
  commit: PatchCommit;
}) {
  const lang = useLang();
  const unit = FIELD_UNIT[field];
  return (
    <TextField
      key={`${field}:${value}`}
      label={label}
      {...(unit ? { unit: unitText(unit, lang) } : {})}
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
  // Only a hypervisor offers them: any other node's inspector reads no list of the whole plan.
  const clusters = usePlan(
    useShallow((s) => (node.kind === 'hypervisor' ? clusterNames(s.plan) : NO_CLUSTERS)),
  );
  const lang = useLang();
  switch (node.kind) {
    case 'site':
      return (
        <SelectField
          label={lang.t('inspector.role')}
          value={node.role}
          testId="field-role"
          commit={(role) => commit({ role })}
          choices={ROLES.map((role) => ({
            value: role,
            label: lang.t(`inspector.role.${role}` as CatalogKey),
          }))}
        />
      );
    case 'server':
      return (
        <>
          <NumberInput
            field="cpuCores"
            label={lang.t('inspector.cpu')}
            value={node.cpuCores}
            commit={commit}
          />
          <NumberInput field="ramGiB" label={lang.t('inspector.ram')} value={node.ramGiB} commit={commit} />
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
            value={node.reservedCpuCores}
            commit={commit}
          />
          <NumberInput
            field="reservedRamGiB"
            label={lang.t('inspector.reservedRam')}
            value={node.reservedRamGiB}
            commit={commit}
          />
        </>
      );
    case 'vm':
      return (
        <>
          <NumberInput field="vcpu" label={lang.t('inspector.vcpu')} value={node.vcpu} commit={commit} />
          <NumberInput field="ramGiB" label={lang.t('inspector.ram')} value={node.ramGiB} commit={commit} />
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
            choices={Object.entries(ISOLATION_LABEL).map(([value, key]) => ({
              value,
              label: lang.t(key),
            }))}
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
          <NumberInput field="cpu" label={lang.t('inspector.cpu')} value={node.cpu} commit={commit} />
          <NumberInput field="ramGiB" label={lang.t('inspector.ram')} value={node.ramGiB} commit={commit} />
          <SelectField
            label={lang.t('inspector.osFamily')}
            value={node.osFamily}
            testId="field-osFamily"
            commit={(osFamily) => commit({ osFamily })}
            choices={CONTAINER_FAMILIES.map((f) => ({ value: f, label: familyLabel(f, lang) }))}
          />
          <WorkloadFields workload={node.workload} service={node.service} commit={commit} lang={lang} />
        </>
      );
  }
}
