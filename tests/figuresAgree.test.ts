/**
 * The figures panel and `strata report` print the same text for every figure, on every example:
 * the panel's sections are rendered to HTML (the text a person reads, not a data attribute) and
 * each figure's text is found in the command line's summary of the same plan.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { figureMap } from '../shared/format/figureTexts';
import { loadDocument } from '../shared/load/loadDocument';
import { buildReport } from '../shared/metrics/report';
import type { Plan } from '../shared/model/plan';
import { formatReport } from '../node/cli/formatReport';
import { reportDetails } from '../node/cli/reportDetails';
import { createTestDocument } from '../renderer/document/testDocument';
import { BlastSection } from '../renderer/metrics/BlastSection';
import { ConsolidationSection } from '../renderer/metrics/ConsolidationSection';
import { PatchingSection } from '../renderer/metrics/PatchingSection';
import { ResilienceSection } from '../renderer/metrics/ResilienceSection';
import { EditorContext } from '../renderer/store/editorContext';

const EXAMPLES = join(__dirname, '..', 'examples');

function decode(html: string): string {
  return html
    .replace(/<!-- -->/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The panel as a person reads it: testid → text of the element. */
function panelTexts(plan: Plan): Map<string, string> {
  const report = buildReport(plan);
  const byId = new Map(plan.nodes.map((n) => [n.id, n.name]));
  const names = (id: string): string => byId.get(id) ?? id;
  const figures = figureMap(report, names);
  const html = [
    createElement(ConsolidationSection, { c: report.consolidation, figures }),
    createElement(PatchingSection, { p: report.patching, names, figures }),
    // The blast list reads the document's failure cache through context.
    createElement(
      EditorContext.Provider,
      { value: createTestDocument(plan) },
      createElement(BlastSection, { plan, report, names, figures }),
    ),
    createElement(ResilienceSection, { ha: report.ha, dr: report.dr, figures }),
  ]
    .map((element) => renderToStaticMarkup(element))
    .join('');
  const texts = new Map<string, string>();
  for (const match of html.matchAll(/data-testid="([^"]+)"[^>]*>([^<]*)</g))
    texts.set(match[1] ?? '', decode(match[2] ?? ''));
  // HA rows: the "Tolerates" cell is the row's last cell.
  for (const match of html.matchAll(/data-testid="ha-cluster-([^"]+)"[^>]*>(.*?)<\/tr>/g)) {
    const cells = [...(match[2] ?? '').matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) =>
      decode(m[1] ?? ''),
    );
    texts.set(`ha-${match[1] ?? ''}`, cells[cells.length - 1] ?? '');
  }
  return texts;
}

/** The CLI's summary: label → the text after it (first line of the row). */
function cliRows(plan: Plan): Map<string, string> {
  const report = buildReport(plan);
  const text = formatReport(report, { details: reportDetails(plan, report) });
  const rows = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^ {2}(\S.*?) {2,}(\S.*)$/.exec(line);
    if (match && !rows.has(match[1] ?? '')) rows.set(match[1] ?? '', match[2] ?? '');
  }
  return rows;
}

const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.strata'));

describe.each(examples)('%s: the panel and strata report agree', (file) => {
  const loaded = loadDocument(readFileSync(join(EXAMPLES, file), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  // Every scenario of a file of several is compared; here the first (the CLI's default).
  const plan = loaded.document.scenarios[0]?.plan as Plan;
  const panel = panelTexts(plan);
  const cli = cliRows(plan);
  const shown = (id: string): string => {
    const text = panel.get(`metric-${id}`);
    expect(text, `panel metric-${id}`).toBeDefined();
    return text ?? '';
  };
  const row = (label: string): string => {
    const text = cli.get(label);
    expect(text, `CLI row ${label}`).toBeDefined();
    return text ?? '';
  };

  it('consolidation', () => {
    expect(row('Ratio')).toContain(shown('ratio'));
    expect(row('Servers saved').startsWith(`${shown('servers-saved')} `)).toBe(true);
    expect(row('VMs per host').startsWith(shown('vms-per-host'))).toBe(true);
    expect(row('Containers per host').startsWith(shown('containers-per-host'))).toBe(true);
    const size = row('Size');
    expect(size).toMatch(new RegExp(` ${shown('servers')} servers?,`));
    expect(size).toMatch(new RegExp(` ${shown('workloads')} workloads?$`));
    if (shown('vms') !== '0') {
      expect(row('VMs per host')).toContain(`(${shown('vms')} VM`);
      expect(row('VMs per host')).toContain(`on ${shown('vm-hosts')} host`);
    } else expect(shown('vm-hosts')).toBe('0');
    if (shown('containers') !== '0') {
      expect(row('Containers per host')).toContain(`(${shown('containers')} container`);
      expect(row('Containers per host')).toContain(`on ${shown('container-hosts')} host`);
    } else expect(shown('container-hosts')).toBe('0');
    const [cpuDemand, cpuCores] = shown('cpu-in-use').replace(' cores', '').split(' / ');
    const [ramDemand, ramGiB] = shown('ram-in-use').replace(' GiB', '').split(' / ');
    if (cli.has('Capacity')) {
      expect(row('Capacity')).toContain(`${cpuCores} cores, ${ramGiB} GiB RAM`);
      expect([cpuDemand, ramDemand]).toEqual(['0', '0']);
    } else {
      expect(row('CPU in use')).toContain(`${cpuDemand} vCPU on ${cpuCores} cores`);
      expect(row('RAM in use')).toContain(`${ramDemand} of ${ramGiB} GiB`);
    }
  });

  it('patching', () => {
    expect(row('OS instances')).toBe(
      `${shown('os-instances')}  (${shown('host-os')} host, ${shown('hypervisors')} hypervisor, ${shown('guest-os')} guest)`,
    );
    expect(`${row('Hours per cycle')} h`).toBe(shown('hours-cycle'));
    expect(`${row('Hours per year')} h`).toBe(shown('hours-year'));
    expect(row('Runtimes, images')).toMatch(
      new RegExp(`^${shown('runtimes')} runtimes?, ${shown('images')} images?$`),
    );
    expect(row('OS versions')).toBe(`${shown('distinct-os')} distinct`);
    const downtime = row('Patch downtime');
    if (shown('downtime-hosts') === '0') expect(downtime).toMatch(/^(none|no hypervisor)/);
    else expect(downtime.startsWith(`${shown('downtime-hosts')} hypervisor`)).toBe(true);
  });

  it('failures and isolation', () => {
    const worst = shown('blast-worst');
    if (worst === 'none') expect(cli.has('Worst single failure')).toBe(false);
    else {
      const [name, lost] = worst.split(': ');
      expect(row('Worst single failure').startsWith(`${name} (`)).toBe(true);
      expect(row('Worst single failure')).toContain(`: ${lost}`);
    }
    const exposure = shown('max-exposure');
    const [reach, from] = exposure.split(' from ');
    if (exposure === 'no workloads') expect(row('Largest exposure')).toBe('no workloads');
    else expect(row('Largest exposure')).toBe(`a breakout from ${from} reaches ${reach}`);
    const kernel = shown('largest-shared-kernel');
    expect(row('Largest shared kernel')).toBe(
      kernel === '0 containers' ? 'no containers share a kernel' : `${kernel} on one kernel`,
    );
    expect(cli.has('One failure domain')).toBe(shown('single-failure-domains') !== '0');
  });

  it('HA and DR', () => {
    const report = buildReport(plan);
    for (const c of report.ha.clusters) {
      const tolerates = panel.get(`ha-${c.name}`) ?? '';
      if (c.hosts >= 2 && c.toleratesHostFailures > 0)
        expect(row(c.name)).toContain(`tolerates ${tolerates}`);
      else expect(tolerates).toBe('0 host failures');
    }
    if (report.dr === null) {
      expect(panel.has('metric-dr-coverage')).toBe(false);
      return;
    }
    expect(row('Coverage')).toBe(
      `${shown('dr-coverage')}: ${shown('dr-ready') === 'Yes' ? 'ready' : 'NOT ready'}`,
    );
    expect(row('Primary demand')).toBe(shown('dr-demand').replace(' · ', ', '));
    expect(row('Secondary free')).toBe(shown('dr-free').replace(' · ', ', '));
    const unprotected = shown('dr-unprotected');
    if (unprotected === '0 workloads') expect(row('Unprotected')).toBe('none');
    else expect(row('Unprotected').startsWith(`${unprotected}:`)).toBe(true);
  });
});
