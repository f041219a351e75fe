/** The editor window: toolbar; palette, canvas, sidebar (inspector and tabs); status bar. */
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { ComparePanel } from './compare/ComparePanel';
import { DropFeedback } from './canvas/DropFeedback';
import { FailureSummary } from './failure/FailureSummary';
import { Palette } from './palette/Palette';
import { ScenarioTabs } from './app/ScenarioTabs';
import { StatusBar } from './app/StatusBar';
import { Toast } from './app/Toast';
import { FileDialogs } from './files/FileDialogs';
import { ImportDialog } from './import/ImportDialog';
import { ConsolidateDialog } from './consolidate/ConsolidateDialog';
import { OpeningProgress } from './files/opening/OpeningProgress';
import { Toolbar } from './app/Toolbar';
import { useTheme } from './app/useTheme';
import { PanelResizer } from './app/PanelResizer';
import { workspaceColumns } from './app/panelLayout';
import { usePanelLayout } from './app/usePanelLayout';
import { EmptyCanvas } from './app/EmptyCanvas';
import { Sidebar } from './app/Sidebar';
import { FindBox } from './find/FindBox';
import { ShortcutSheet } from './app/ShortcutSheet';
import { ContextMenu } from './app/ContextMenu';
import { LanguageProvider } from './i18n/LanguageProvider';

export function App() {
  const theme = useTheme();
  const [panels, changePanel] = usePanelLayout();
  return (
    <LanguageProvider>
    <ReactFlowProvider>
      <div className="app" data-testid="app" data-theme={theme}>
        <Toolbar />
        <div className="workspace" style={{ gridTemplateColumns: workspaceColumns(panels) }}>
          {panels.palette.collapsed ? <div /> : <Palette />}
          <PanelResizer
            side="palette"
            state={panels.palette}
            change={(c) => changePanel('palette', c)}
          />
          <main className="stage">
            <Canvas />
            <EmptyCanvas />
            {panels.sidebar.collapsed && <FailureSummary placement="canvas" />}
            <ScenarioTabs />
            <ComparePanel />
            <FindBox />
          </main>
          <PanelResizer
            side="sidebar"
            state={panels.sidebar}
            change={(c) => changePanel('sidebar', c)}
          />
          {panels.sidebar.collapsed ? <div /> : <Sidebar />}
        </div>
        <StatusBar />
        <DropFeedback />
        <Toast />
        <FileDialogs />
        <ImportDialog />
        <ConsolidateDialog />
        <OpeningProgress />
        <ShortcutSheet />
        <ContextMenu />
      </div>
    </ReactFlowProvider>
    </LanguageProvider>
  );
}
