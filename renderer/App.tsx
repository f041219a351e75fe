/** The editor window: toolbar; palette, canvas, inspector and figures; status bar. */
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { DropFeedback } from './canvas/DropFeedback';
import { FailureSummary } from './failure/FailureSummary';
import { Inspector } from './inspector/Inspector';
import { MetricsPanel } from './metrics/MetricsPanel';
import { Palette } from './palette/Palette';
import { StatusBar } from './app/StatusBar';
import { Toast } from './app/Toast';
import { FileDialogs } from './files/FileDialogs';
import { ImportDialog } from './import/ImportDialog';
import { Toolbar } from './app/Toolbar';
import { useTheme } from './app/useTheme';

export function App() {
  const theme = useTheme();
  return (
    <ReactFlowProvider>
      <div className="app" data-testid="app" data-theme={theme}>
        <Toolbar />
        <div className="workspace">
          <Palette />
          <main className="stage">
            <Canvas />
            <FailureSummary />
          </main>
          <div className="sidebar">
            <Inspector />
            <MetricsPanel />
          </div>
        </div>
        <StatusBar />
        <DropFeedback />
        <Toast />
        <FileDialogs />
        <ImportDialog />
      </div>
    </ReactFlowProvider>
  );
}
