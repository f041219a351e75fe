/**
 * Find (Ctrl+F / ⌘F): a box over the canvas that lists the nodes of the active scenario whose
 * name, id, service or image holds what is typed (shared/search/nodeSearch.ts); the arrow keys and
 * Enter, or a click, choose one, and the canvas shows it. Escape closes and gives the keyboard back.
 */
import './find.css';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatNumber } from '../../shared/format/numbers';
import type { Lang } from '../../shared/i18n/lang';
import { findNodes, nodePath, searchIndex, type MatchField } from '../../shared/search/nodeSearch';
import { useCanvasDocument } from '../canvas/canvasDocument';
import { KIND_ICON } from '../nodes/icons';
import { usePlan, useUi } from '../store/editorContext';
import { showNode } from './showNode';
import { useLang } from '../i18n/useLang';

const LIMIT = 50;
const PATH_SEPARATOR = ' › ';

/** `12 matches`, `50 of 120 matches`, `No node matches`. */
function countText(lang: Lang, shown: number, total: number): string {
  const n = (x: number): string => formatNumber(x, 0, lang.numberLocale);
  if (total === 0) return lang.t('ui.find.none');
  return shown < total
    ? lang.t('ui.find.countOf', { shown: n(shown), total: n(total) })
    : lang.t('ui.find.count', { count: total, n: n(total) });
}

const fieldText = (lang: Lang, field: Exclude<MatchField, 'name'>): string =>
  lang.t(`ui.find.field.${field}`);

export function FindBox() {
  const open = useUi((s) => s.findOpen);
  return open ? <FindPanel /> : null;
}

function FindPanel() {
  const doc = useCanvasDocument();
  const plan = usePlan((s) => s.plan);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);
  const listId = useId();
  const lang = useLang();
  const found = useMemo(() => findNodes(searchIndex(plan), query, LIMIT), [plan, query]);

  useEffect(() => {
    returnTo.current = document.activeElement;
    input.current?.focus();
    return () => {
      // Back to where the keyboard was, unless a click has just put it somewhere else.
      const back = returnTo.current;
      const now = document.activeElement;
      if (now !== null && now !== document.body) return;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);

  const close = (): void => doc.ui.setState({ findOpen: false });
  const choose = (id: string): void => {
    close();
    showNode(doc, id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const count = found.matches.length;
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown' && count > 0) setActive((a) => (a + 1) % count);
    else if (e.key === 'ArrowUp' && count > 0) setActive((a) => (a - 1 + count) % count);
    else if (e.key === 'Enter') {
      const match = found.matches[Math.min(active, count - 1)];
      if (match) choose(match.id);
    } else if (e.key.toLowerCase() === 'f' && (e.ctrlKey || e.metaKey)) input.current?.select();
    else return;
    e.preventDefault();
  };

  const chosen = Math.min(active, found.matches.length - 1);
  return (
    <div className="find" data-testid="find-box" role="search">
      <input
        ref={input}
        className="find__input"
        data-testid="find-input"
        type="search"
        role="combobox"
        aria-label={lang.t('ui.find.label')}
        aria-expanded={found.matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={chosen >= 0 ? `${listId}-${chosen}` : undefined}
        placeholder={lang.t('ui.find.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          if (!e.currentTarget.closest('.find')?.contains(e.relatedTarget as Node | null)) close();
        }}
      />
      {query.trim() !== '' && (
        <div className="find__count" data-testid="find-count" data-total={found.total}>
          {countText(lang, found.matches.length, found.total)}
        </div>
      )}
      <ul className="find__list" id={listId} role="listbox" data-testid="find-results">
        {found.matches.map((match, i) => {
          const path = nodePath(plan, match.id);
          return (
            <li
              key={match.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === chosen}
              className={`find__item${i === chosen ? ' is-active' : ''}`}
              data-testid="find-result"
              data-node-id={match.id}
              onPointerDown={(e) => e.preventDefault()}
              onPointerEnter={() => setActive(i)}
              onClick={() => choose(match.id)}
            >
              <img className="find__icon" src={KIND_ICON[match.kind]} alt={lang.t(`kind.${match.kind}`)} />
              <span className="find__text">
                <span className="find__name">
                  {match.name || match.id}
                  {match.field !== 'name' && (
                    <span className="find__field">
                      {fieldText(lang, match.field)}: {match.text}
                    </span>
                  )}
                </span>
                <span className="find__path">{path.length > 0 ? path.join(PATH_SEPARATOR) : lang.t('ui.find.top')}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
