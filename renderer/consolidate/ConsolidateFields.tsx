/** The consolidation's settings: scope, host model, hypervisor, HA N+k, headroom, P2V. */
import type { CatalogKey } from '../../shared/i18n/keys';
import { formatNumber } from '../../shared/format/numbers';
import { useLang } from '../i18n/useLang';
import {
  CUSTOM_HOST,
  HOST_PRESETS,
  HOST_PRODUCTS,
  type ConsolidateForm,
  type FormErrors,
  type FormField,
  type ScopeChoices,
} from './consolidateForm';

const SCOPES: readonly ConsolidateForm['scope'][] = ['plan', 'site', 'clusters'];

/** Whether the plan has what a scope needs (a site, a cluster). */
function offered(scope: ConsolidateForm['scope'], choices: ScopeChoices): boolean {
  if (scope === 'site') return choices.sites.length > 0;
  if (scope === 'clusters') return choices.clusters.length > 0;
  return true;
}

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
  const lang = useLang();
  const n = (value: number): string => formatNumber(value, 0, lang.numberLocale);
  const toggleCluster = (name: string, on: boolean): void =>
    change({
      clusters: on ? [...form.clusters, name] : form.clusters.filter((c) => c !== name),
    });
  return (
    <fieldset className="consolidate-form" disabled={disabled}>
      <div className="consolidate-row">
        <span className="consolidate-label">{lang.t('consolidate.scope')}</span>
        <select
          data-testid="consolidate-scope"
          aria-label={lang.t('consolidate.scope')}
          value={form.scope}
          onChange={(e) => change({ scope: e.target.value as ConsolidateForm['scope'] })}
        >
          {SCOPES.map((scope) => (
            <option key={scope} value={scope} disabled={!offered(scope, choices)}>
              {lang.t(`consolidate.scope.${scope}` as CatalogKey)}
            </option>
          ))}
        </select>
        {form.scope === 'site' && (
          <select
            data-testid="consolidate-site"
            aria-label={lang.t('consolidate.field.site')}
            value={form.site}
            onChange={(e) => change({ site: e.target.value })}
          >
            <option value="">{lang.t('consolidate.pickSite')}</option>
            {choices.sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.secondary ? lang.t('consolidate.dr') : ''}
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
                {lang.t('consolidate.clusterHosts', {
                  name: c.name,
                  hosts: lang.t('count.host', { count: c.hosts, n: n(c.hosts) }),
                })}
              </span>
            </label>
          ))}
        </div>
      )}
      <FieldError errors={errors} field="site" />
      <FieldError errors={errors} field="clusters" />
      <p className="consolidate-note">
        {lang.t('consolidate.siteNote')}
      </p>

      <div className="consolidate-row">
        <span className="consolidate-label">{lang.t('consolidate.hostModel')}</span>
        <select
          data-testid="consolidate-host"
          aria-label={lang.t('consolidate.hostModel')}
          value={form.host}
          onChange={(e) => change({ host: e.target.value })}
        >
          {HOST_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {lang.t(`consolidate.preset.${p.id}` as CatalogKey)}
            </option>
          ))}
          <option value={CUSTOM_HOST}>{lang.t('consolidate.custom')}</option>
        </select>
        {form.host === CUSTOM_HOST && (
          <>
            <input
              type="text"
              inputMode="numeric"
              aria-label={lang.t('consolidate.coresPerHost')}
              data-testid="consolidate-cores"
              value={form.cores}
              onChange={(e) => change({ cores: e.target.value })}
            />
            <span>{lang.t('field.unit.cores')}</span>
            <input
              type="text"
              inputMode="decimal"
              aria-label={lang.t('consolidate.ramPerHost')}
              data-testid="consolidate-ram"
              value={form.ramGiB}
              onChange={(e) => change({ ramGiB: e.target.value })}
            />
            <span>{lang.t('field.unit.gib')}</span>
          </>
        )}
      </div>
      <FieldError errors={errors} field="cores" />
      <FieldError errors={errors} field="ramGiB" />

      <label className="consolidate-row">
        <span className="consolidate-label">{lang.t('consolidate.field.product')}</span>
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
        <span className="consolidate-label">{lang.t('consolidate.haSurvive')}</span>
        <input
          type="text"
          inputMode="numeric"
          data-testid="consolidate-ha"
          value={form.ha}
          onChange={(e) => change({ ha: e.target.value })}
        />
        <span>{lang.t('consolidate.haUnit')}</span>
      </label>
      <FieldError errors={errors} field="ha" />

      <label className="consolidate-row">
        <span className="consolidate-label">{lang.t('consolidate.headroomLabel')}</span>
        <input
          type="text"
          inputMode="decimal"
          data-testid="consolidate-headroom"
          value={form.headroom}
          onChange={(e) => change({ headroom: e.target.value })}
        />
        <span>{lang.t('field.unit.percent')}</span>
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
          <span>{lang.t('consolidate.p2vLabel')}</span>
        </label>
        <input
          type="text"
          inputMode="decimal"
          aria-label={lang.t('consolidate.field.p2vSize')}
          data-testid="consolidate-p2v-size"
          disabled={!form.p2v}
          value={form.p2vSize}
          onChange={(e) => change({ p2vSize: e.target.value })}
        />
        <span>{lang.t('consolidate.p2vUnit')}</span>
      </div>
      <FieldError errors={errors} field="p2vSize" />
    </fieldset>
  );
}
