/** Follows the system's light or dark preference unless the planner chose one; the choice is kept. */
import { useEffect } from 'react';
import { useEditor, useUi } from '../store/editorContext';
import { effectiveTheme, type ThemePreference } from '../store/uiStore';

const KEY = 'strata.theme';

function storedPreference(): ThemePreference {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function useTheme(): 'light' | 'dark' {
  const { ui } = useEditor();
  const theme = useUi((s) => effectiveTheme(s));
  const preference = useUi((s) => s.themePreference);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const update = (): void => ui.setState({ systemDark: query.matches });
    ui.setState({ themePreference: storedPreference() });
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [ui]);
  useEffect(() => {
    try {
      if (preference === 'system') window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, preference);
    } catch {
      // Storage may be unavailable (private mode, file:// policies): the choice lasts the session.
    }
  }, [preference]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
