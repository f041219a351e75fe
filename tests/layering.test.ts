// The layering rules are only worth something if they catch a violation: lint small sources
// placed, by file path, in each layer and check which imports are refused.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function refusedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('layering', () => {
  it('keeps shared/ free of UI, Node, Electron, the DOM and the rest of the repo', async () => {
    const source = [
      "import React from 'react';",
      "import { ReactFlow } from '@xyflow/react';",
      "import { create } from 'zustand';",
      "import { app } from 'electron';",
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import { main } from '../../node/cli/main';",
      "import { App } from '../../renderer/App';",
      'export const used = [React, ReactFlow, create, app, readFileSync, path, main, App, window.name, process.env];',
    ].join('\n');
    const refused = await refusedImports('shared/metrics/zz-example.ts', source);
    expect(refused).toHaveLength(10);
  });

  it('lets shared/ import its own modules, including ones named like Node built-ins', async () => {
    const source = "import { osKey } from '../model/os';\nimport { z } from 'zod';\nexport const used = [osKey, z];\n";
    expect(await refusedImports('shared/metrics/zz-example.ts', source)).toEqual([]);
  });

  it('keeps the renderer and the main process apart', async () => {
    const fromRenderer = "import { app } from 'electron';\nimport fs from 'node:fs';\nimport { x } from '../electron/menu';\nimport { y } from '../node/files/atomicWrite';\nexport const used = [app, fs, x, y];\n";
    expect(await refusedImports('renderer/app/zz-example.ts', fromRenderer)).toHaveLength(4);
    const fromMain = "import { App } from '../renderer/App';\nimport React from 'react';\nexport const used = [App, React];\n";
    expect(await refusedImports('electron/zz-example.ts', fromMain)).toHaveLength(2);
  });

  it('keeps node/ runnable in plain Node: no Electron, no UI', async () => {
    const source = "import { app } from 'electron';\nimport React from 'react';\nimport { x } from '../../renderer/App';\nexport const used = [app, React, x];\n";
    expect(await refusedImports('node/files/zz-example.ts', source)).toHaveLength(3);
  });
});
