/**
 * The comparisons a planning report exported from the app ends with (the PDF's comparison pages,
 * shared/publish/comparisonPage.ts): the pair on the Compare view when it is open — another
 * file's scenario included —, otherwise the first scenario against each other one, as
 * `strata export` does by default. None for a document of one scenario.
 */
import { compareScenarios, type Comparison } from '../../shared/diff/comparison';
import { comparisonPairs } from '../../shared/publish/comparisonPage';
import { resolvePair } from '../store/comparePair';
import { getPlan } from '../store/editorStores';
import { uiLang } from '../store/uiLang';
import type { StrataDocument } from './createDocument';

export function reportComparisons(doc: StrataDocument): Comparison[] {
  const document = doc.scenarios.documentOf(getPlan(doc));
  const lang = uiLang(doc);
  if (doc.ui.getState().compare) {
    const pair = resolvePair(document, doc.compare.getState());
    return pair ? [compareScenarios(pair.from, pair.to, lang)] : [];
  }
  return comparisonPairs(document).map(([from, to]) =>
    compareScenarios({ name: from.name, plan: from.plan }, { name: to.name, plan: to.plan }, lang),
  );
}
