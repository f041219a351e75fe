import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadDocument } from '../shared/load/loadDocument';
import type { ScenarioSet } from '../shared/model/scenarios';
import { openApp } from './support/app';
import { chooseFile, downloadFrom, editRam, expectClean } from './files-helpers';

const EXAMPLE = 'examples/05-consolidation-scenarios.strata';

function documentOf(text: string): ScenarioSet {
  const loaded = loadDocument(text);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.document;
}

test('a file of three scenarios: the canvas edits the one it opens on, Save writes all three back', async ({
  page,
}) => {
  const original = documentOf(readFileSync(EXAMPLE, 'utf8'));
  await openApp(page);
  await chooseFile(page, 'scenarios.strata', readFileSync(EXAMPLE));
  await expect(page.getByTestId('toast')).toContainText('Opened scenarios.strata');
  // "As is" is the active scenario: its bare-metal database server is on the canvas.
  await editRam(page, 'db', '96');

  const saved = await downloadFrom(page, () => page.keyboard.press('Control+s'));
  await expectClean(page);
  const doc = documentOf(saved.bytes.toString('utf8'));
  expect(JSON.parse(saved.bytes.toString('utf8'))).toMatchObject({ version: 2 });
  expect(doc.name).toBe(original.name);
  expect(doc.activeScenario).toBe('as-is');
  expect(doc.scenarios.map((s) => s.name)).toEqual(['As is', 'Virtualized', 'Containerized']);
  const [asIs, virtualized, containerized] = doc.scenarios;
  expect(asIs?.plan.nodes.find((n) => n.id === 'db')).toMatchObject({ ramGiB: 96 });
  // The scenarios not on the canvas are written back exactly as they were read.
  expect(virtualized).toStrictEqual(original.scenarios[1]);
  expect(containerized).toStrictEqual(original.scenarios[2]);
});
