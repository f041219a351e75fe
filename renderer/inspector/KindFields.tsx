/** The fields of each kind (SPEC §2) as proper controls: numbers with units, pickers, lists. */
import { useId } from 'react';
import { HYPERVISOR_PRODUCTS, RUNTIME_ENGINES } from '../../shared/model/catalog';
import type { PlanNode } from '../../shared/model/nodes';
import type { Plan } from '../../shared/model/plan';
import { usePlan } from '../store/editorContext';
import { SelectField, TextField, parseNumber } from './fields';
import { OsFields } from './OsFields';

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
  unit: string;
  value: number;
  commit: PatchCommit;
}) {
  return (
    <TextField
      key={`${field}:${value}`}
      label={label}
      unit={unit}
      numeric
      value={String(value)}
      commit={(text) => commit({ [field]: parseNumber(text) })}
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
}: {
  workload: string | null;
  service: string | null;
  commit: PatchCommit;
}) {
  return (
    <>
      <OptionalText
        field="workload"
        label="Workload"
        value={workload}
        commit={commit}
        placeholder="What it runs"
      />
      <OptionalText
        field="service"
        label="Service"
        value={service}
        commit={commit}
        placeholder="Its own id"
      />
    </>
  );
}

export function KindFields({ node, commit }: { node: PlanNode; commit: PatchCommit }) {
  const clustersId = useId();
  const clusters = usePlan((s) => clusterNames(s.plan));
  switch (node.kind) {
    case 'site':
      return (
        <SelectField
          label="Role"
          value={node.role}
          testId="field-role"
          commit={(role) => commit({ role })}
          choices={[
            { value: 'primary', label: 'Primary' },
            { value: 'secondary', label: 'Secondary (DR)' },
          ]}
        />
      );
    case 'server':
      return (
        <>
          <NumberInput
            field="cpuCores"
            label="CPU"
            unit="cores"
            value={node.cpuCores}
            commit={commit}
          />
          <NumberInput field="ramGiB" label="RAM" unit="GiB" value={node.ramGiB} commit={commit} />
          <OsFields os={node.os} nullable commit={commit} />
          <WorkloadFields workload={node.workload} service={node.service} commit={commit} />
        </>
      );
    case 'hypervisor':
      return (
        <>
          <SelectField
            label="Product"
            value={node.product}
            testId="field-product"
            commit={(product) => commit({ product })}
            choices={HYPERVISOR_PRODUCTS.map((p) => ({ value: p.product, label: p.product }))}
          />
          <SelectField
            label="Type"
            value={String(node.hypervisorType)}
            testId="field-hypervisorType"
            commit={(t) => commit({ hypervisorType: Number(t) })}
            choices={[
              { value: '1', label: 'Type 1 (bare metal)' },
              { value: '2', label: 'Type 2 (on a host OS)' },
            ]}
          />
          <OptionalText
            field="cluster"
            label="Cluster"
            value={node.cluster}
            commit={commit}
            list={clustersId}
            placeholder="None"
          />
          <datalist id={clustersId}>
            {clusters.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <NumberInput
            field="reservedCpuCores"
            label="Reserved CPU"
            unit="cores"
            value={node.reservedCpuCores}
            commit={commit}
          />
          <NumberInput
            field="reservedRamGiB"
            label="Reserved RAM"
            unit="GiB"
            value={node.reservedRamGiB}
            commit={commit}
          />
        </>
      );
    case 'vm':
      return (
        <>
          <NumberInput field="vcpu" label="vCPU" unit="vCPU" value={node.vcpu} commit={commit} />
          <NumberInput field="ramGiB" label="RAM" unit="GiB" value={node.ramGiB} commit={commit} />
          <OsFields os={node.os} nullable={false} commit={commit} />
          <WorkloadFields workload={node.workload} service={node.service} commit={commit} />
        </>
      );
    case 'runtime':
      return (
        <>
          <SelectField
            label="Engine"
            value={node.engine}
            testId="field-engine"
            commit={(engine) => commit({ engine })}
            choices={RUNTIME_ENGINES.map((e) => ({ value: e.engine, label: e.engine }))}
          />
          <SelectField
            label="Isolation"
            value={node.isolation}
            testId="field-isolation"
            commit={(isolation) => commit({ isolation })}
            choices={[
              { value: 'shared-kernel', label: 'Shared kernel' },
              { value: 'vm', label: 'VM isolation' },
            ]}
          />
        </>
      );
    case 'container':
      return (
        <>
          <TextField
            key={`image:${node.image}`}
            label="Image"
            value={node.image}
            placeholder="e.g. nginx:1.27"
            commit={(image) => commit({ image: image.trim() })}
            testId="field-image"
          />
          <NumberInput field="cpu" label="CPU" unit="cores" value={node.cpu} commit={commit} />
          <NumberInput field="ramGiB" label="RAM" unit="GiB" value={node.ramGiB} commit={commit} />
          <SelectField
            label="OS family"
            value={node.osFamily}
            testId="field-osFamily"
            commit={(osFamily) => commit({ osFamily })}
            choices={[
              { value: 'linux', label: 'Linux' },
              { value: 'windows', label: 'Windows' },
            ]}
          />
          <WorkloadFields workload={node.workload} service={node.service} commit={commit} />
        </>
      );
  }
}
