// A stand-in for the `electron` module, enough to run main.ts's wiring in plain Node (the real
// binary cannot be downloaded everywhere). Records what the app does with it.
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        name,
        (this.listeners.get(name) ?? []).filter((l) => l !== wrapped),
      );
      return listener(...args);
    };
    return this.on(name, wrapped);
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
}

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends Emitter {
  readonly sent: unknown[][] = [];
  windowOpenHandler: (() => unknown) | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler: () => unknown): void {
    this.windowOpenHandler = handler;
  }
  executeJavaScript(): Promise<unknown> {
    return Promise.resolve({ editable: false, hasSelection: false });
  }
}

export class FakeBrowserWindow extends Emitter {
  static readonly all: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((w) => !w.destroyed);
  }
  readonly webContents = new FakeWebContents();
  title = '';
  loaded: string | null = null;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  loadFile(path: string): Promise<void> {
    this.loaded = path;
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.emit('focus');
  }
  show(): void {}
  setDocumentEdited(): void {}
  setRepresentedFilename(): void {}
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

export function createFakeElectron(
  paths: Record<string, string>,
  options: { packaged?: boolean } = {},
) {
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const app = Object.assign(new Emitter(), {
    isPackaged: options.packaged ?? false,
    quitCalls: 0,
    recentDocuments: [] as string[],
    whenReady: () => ready,
    fireReady: () => resolveReady(),
    setPath: (name: string, value: string) => void (paths[name] = value),
    getPath: (name: string) => paths[name] ?? `/tmp/${name}`,
    requestSingleInstanceLock: () => true,
    quit() {
      this.quitCalls += 1;
    },
    exit: () => undefined,
    addRecentDocument(path: string) {
      this.recentDocuments.push(path);
    },
    clearRecentDocuments() {
      this.recentDocuments = [];
    },
  });
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handlers,
    listeners: new Map<string, Listener>(),
    handle: (channel: string, listener: Listener) => void handlers.set(channel, listener),
    on(channel: string, listener: Listener) {
      this.listeners.set(channel, listener);
    },
  };
  let applicationMenu: unknown = null;
  const Menu = {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => void (applicationMenu = menu),
    getApplicationMenu: () => applicationMenu,
  };
  const dialog = {
    messages: [] as string[],
    messageResponses: [] as number[],
    openPaths: [] as string[],
    savePaths: [] as string[],
    async showMessageBox(...args: unknown[]) {
      const options = args.find(
        (a): a is { message: string } => typeof a === 'object' && a !== null && 'message' in a,
      );
      this.messages.push(options?.message ?? '');
      return { response: this.messageResponses.shift() ?? 2, checkboxChecked: false };
    },
    async showOpenDialog() {
      const next = this.openPaths.shift();
      return next ? { canceled: false, filePaths: [next] } : { canceled: true, filePaths: [] };
    },
    async showSaveDialog() {
      const next = this.savePaths.shift();
      return next ? { canceled: false, filePath: next } : { canceled: true, filePath: '' };
    },
    showErrorBox(title: string, content: string) {
      this.messages.push(`${title}: ${content}`);
    },
  };
  const permissionHandlers: { request?: Listener; check?: Listener } = {};
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) =>
        void (permissionHandlers.request = handler),
      setPermissionCheckHandler: (handler: Listener) => void (permissionHandlers.check = handler),
    },
  };
  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: unknown[]) {
      this.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: { url: string }) => Promise<Response>) {
      this.handlers.set(scheme, handler);
    },
  };
  return {
    app,
    ipcMain,
    protocol,
    Menu,
    dialog,
    session,
    permissionHandlers,
    BrowserWindow: FakeBrowserWindow,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
