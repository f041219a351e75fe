/** The consolidation's settings: scope, host model, hypervisor, HA N+k, headroom, P2V. */
import {
  CUSTOM_HOST,
  HOST_PRESETS,
  HOST_PRODUCTS,
  type ConsolidateForm,
  type FormErrors,
  type FormField,
  type ScopeChoices,
} from './consolidateForm';

function FieldError({ errors, field }: { errors: FormErrors; field: FormField }) {
  const message = errors[field];
  return message ? (
    <span
      className="consolidate-field-error"
      role="alert"
      data-testid={`consolidate-${field}-error`}
    >
      {message}
    </span>
  ) : null;
}

export function ConsolidateFields({
  form,
  choices,
  errors,
  disabled,
  change,
}: {
  form: ConsolidateForm;
  choices: ScopeChoices;
  errors: FormErrors;
  disabled: boolean;
  change: (patch: Partial<ConsolidateForm>) => void;
}) {
  const toggleCluster = (name: string, on: boolean): void =>
    change({
      clusters: on ? [...form.clusters, name] : form.clusters.filter((c) => c !== name),
    });
  return (
    <fieldset className="consolidate-form" disabled={disabled}>
      <div className="consolidate-row">
        <span className="consolidate-label">Scope</span>
        <select
          data-testid="consolidate-scope"
          aria-label="Scope"
          value={form.scope}
          onChange={(e) => change({ scope: e.target.value as ConsolidateForm['scope'] })}
        >
          <option value="plan">Whole plan</option>
          <option value="site" disabled={choices.sites.length === 0}>
            One site
          </option>
          <option value="clusters" disabled={choices.clusters.length === 0}>
            Clusters
          </option>
        </select>
        {form.scope === 'site' && (
          <select
            data-testid="consolidate-site"
            aria-label="Site"
            value={form.site}
            onChange={(e) => change({ site: e.target.value })}
          >
            <option value="">Choose a site</option>
            {choices.sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.secondary ? ' (DR)' : ''}
              </option>
            ))}
          </select>
        )}
      </div>
      {form.scope === 'clusters' && (
        <div className="consolidate-clusters" data-testid="consolidate-clusters">
          {choices.clusters.map((c) => (
            <label key={c.name} className="consolidate-check">
              <input
                type="checkbox"
                data-testid={`consolidate-cluster-${c.name}`}
                checked={form.clusters.includes(c.name)}
                onChange={(e) => toggleCluster(c.name, e.target.checked)}
              />
              <span>
                {c.name} ({c.hosts} host{c.hosts === 1 ? '' : 's'})
              </span>
            </label>
          ))}
        </div>
      )}
      <FieldError errors={errors} field="site" />
      <FieldError errors={errors} field="clusters" />
      <p className="consolidate-note">
        Each site is packed into itself: a DR site never into a primary one.
      </p>

      <div className="consolidate-row">
        <span className="consolidate-label">Host model</span>
        <select
          data-testid="consolidate-host"
          aria-label="Host model"
          value={form.host}
          onChange={(e) => change({ host: e.target.value })}
        >
          {HOST_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value={CUSTOM_HOST}>Custom</option>
        </select>
        {form.host === CUSTOM_HOST && (
          <>
            <input
              type="text"
              inputMode="numeric"
              aria-label="Cores per host"
              data-testid="consolidate-cores"
              value={form.cores}
              onChange={(e) => change({ cores: e.target.value })}
            />
            <span>cores</span>
            <input
              type="text"
              inputMode="decimal"
              aria-label="RAM GiB per host"
              data-testid="consolidate-ram"
              value={form.ramGiB}
              onChange={(e) => change({ ramGiB: e.target.value })}
            />
            <span>GiB</span>
          </>
        )}
      </div>
      <FieldError errors={errors} field="cores" />
      <FieldError errors={errors} field="ramGiB" />

      <label className="consolidate-row">
        <span className="consolidate-label">Hypervisor</span>
        <select
          data-testid="consolidate-product"
          value={form.product}
          onChange={(e) => change({ product: e.target.value })}
        >
          {HOST_PRODUCTS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <FieldError errors={errors} field="product" />

      <label className="consolidate-row">
        <span className="consolidate-label">HA: survive</span>
        <input
          type="text"
          inputMode="numeric"
          data-testid="consolidate-ha"
          value={form.ha}
          onChange={(e) => change({ ha: e.target.value })}
        />
        <span>host failures (N+k)</span>
      </label>
      <FieldError errors={errors} field="ha" />

      <label className="consolidate-row">
        <span className="consolidate-label">Headroom: fill hosts up to</span>
        <input
          type="text"
          inputMode="decimal"
          data-testid="consolidate-headroom"
          value={form.headroom}
          onChange={(e) => change({ headroom: e.target.value })}
        />
        <span>%</span>
      </label>
      <FieldError errors={errors} field="headroom" />

      <div className="consolidate-row">
        <label className="consolidate-check">
          <input
            type="checkbox"
            data-testid="consolidate-p2v"
            checked={form.p2v}
            onChange={(e) => change({ p2v: e.target.checked })}
          />
          <span>P2V: bare-metal servers become VMs, sized at</span>
        </label>
        <input
          type="text"
          inputMode="decimal"
          aria-label="P2V size"
          data-testid="consolidate-p2v-size"
          disabled={!form.p2v}
          value={form.p2vSize}
          onChange={(e) => change({ p2vSize: e.target.value })}
        />
        <span>% of their cores and RAM</span>
      </div>
      <FieldError errors={errors} field="p2vSize" />
    </fieldset>
  );
}
