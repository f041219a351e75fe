/**
 * Maps places in the built bundle back to the source file (renderer/…, shared/…, or the npm
 * package), through the source maps of the unminified profiling build (Node's own SourceMap).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { join } from 'node:path';

export interface SourcePlace {
  /** `renderer/canvas/Canvas.tsx`, `shared/metrics/report.ts`, or a package: `react-dom`, `@xyflow/system`. */
  readonly source: string;
  readonly line: number;
}

export type ResolvePlace = (url: string, line: number, column: number) => SourcePlace | null;

/** The repository path of a source, or the npm package it belongs to. */
export function sourceName(path: string): string {
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope = '', name = ''] = path.slice(modules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  return path.replace(/^(\.\.\/)+/, '');
}

/** A resolver for the bundles in `dir` (the build's assets folder); null places for anything else. */
export function loadResolver(dir: string): ResolvePlace {
  const maps = new Map<string, SourceMap>();
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js.map'))) {
      maps.set(file.slice(0, -'.map'.length), new SourceMap(JSON.parse(readFileSync(join(dir, file), 'utf8')) as SourceMapPayload));
    }
  }
  return (url, line, column) => {
    const map = maps.get(url.split('/').pop() ?? '');
    const entry = map?.findEntry(line, column);
    if (!entry || !('originalSource' in entry)) return null;
    return { source: sourceName(entry.originalSource), line: entry.originalLine + 1 };
  };
}
