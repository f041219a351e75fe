/**
 * The toolbar's page menus: File (the manifest's page-menu actions: open, save and export) and
 * any other built from the manifest (Plan: the desktop Plan menu's items), each item a registered
 * action performed by id, in its groups.
 */
import './files.css';
import type { ReactNode } from 'react';
import { ACTION_MANIFEST } from '../../shared/actions/manifest';
import { useActionState } from '../actions/actionState';
import { ActionMenuItem } from '../ui/ActionMenuItem';
import { Icon } from '../ui/icons';
import { ToolbarMenu } from '../ui/ToolbarMenu';
import { usePlan } from '../store/editorContext';
import { useLang } from '../i18n/useLang';
import { useFiles } from './filesDocument';

/** Action ids in their groups, in manifest order, from each spec's group number (or none). */
export function actionGroups(
  groupOf: (spec: (typeof ACTION_MANIFEST)[number]) => number | undefined,
): readonly (readonly string[])[] {
  const groups = new Map<number, string[]>();
  for (const spec of ACTION_MANIFEST) {
    const group = groupOf(spec);
    if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), spec.id]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, ids]) => ids);
}

const ITEMS = actionGroups((spec) => ('pageMenu' in spec ? spec.pageMenu.group : undefined));

/** A toolbar button opening a list of actions; `header` sits above the items. */
export function PageMenu({
  title,
  testId,
  groups,
  header,
}: {
  title: string;
  /** `<testId>-button` and `<testId>` (the list). */
  testId: string;
  groups: readonly (readonly string[])[];
  header?: ReactNode;
}) {
  const state = useActionState();
  return (
    <ToolbarMenu
      buttonTestId={`${testId}-button`}
      listTestId={testId}
      listClassName="files-menu"
      hasPopup
      disabled={state.gestureActive}
      face={
        <>
          <span>{title}</span>
          <Icon name="chevron" />
        </>
      }
    >
      {(close) => (
        <>
          {header}
          {groups.map((group) => (
            <div key={group[0]} className="files-menu__group">
              {group.map((id) => (
                <ActionMenuItem
                  key={id}
                  id={id}
                  testId={`action-${id}`}
                  source="toolbar"
                  onChoose={close}
                />
              ))}
            </div>
          ))}
        </>
      )}
    </ToolbarMenu>
  );
}

export function FileMenu() {
  const fileName = useFiles((s) => s.fileName);
  const othersDirty = useFiles((s) => s.othersDirty);
  const dirty = usePlan((s) => s.dirty) || othersDirty;
  const lang = useLang();
  return (
    <PageMenu
      title={lang.t('ui.file.menu')}
      testId="file-menu"
      groups={ITEMS}
      header={
        <div className="files-menu__document" data-testid="document-file">
          {fileName ?? lang.t('ui.file.notSaved')}
          {dirty ? lang.t('ui.file.unsaved') : ''}
        </div>
      }
    />
  );
}
