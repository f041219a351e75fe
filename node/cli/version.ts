// esbuild inlines the one field into the bundle; Vitest and tsc read it from package.json.
import { version } from '../../package.json';

export const VERSION: string = version;
