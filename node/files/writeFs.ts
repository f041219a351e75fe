// The file-system calls the one writer makes, behind an interface so tests can inject what a real
// disk does rarely: a short write, a size that does not match, a failing rename. Each call looks
// its `node:fs` function up when it runs (tests may spy on `fs`).
import fs from 'node:fs';
import type { Stats } from 'node:fs';

export interface WriteFs {
  open(path: string, flags: string, mode: number): Promise<number>;
  /** Bytes written, which may be fewer than asked (a full disk, a signal, a network share). */
  write(
    fd: number,
    data: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<number>;
  fsync(fd: number): Promise<void>;
  /** The file's size as the file system reports it after the data was flushed. */
  size(fd: number): Promise<number>;
  fchmod(fd: number, mode: number): Promise<void>;
  fchown(fd: number, uid: number, gid: number): Promise<void>;
  close(fd: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<Stats>;
  realpath(path: string): Promise<string>;
  /** Whether this process may write the file (root may write a file with no write bits). */
  writable(path: string): Promise<boolean>;
  /** Bytes free for this user on the disk holding `folder`, or null when it cannot be told. */
  freeBytes(folder: string): Promise<number | null>;
  /** Flushes the folder's entry list so the rename itself survives a power cut (POSIX only). */
  syncFolder(folder: string): Promise<void>;
}

function call<T>(run: (done: (error: Error | null, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    run((error, value) => (error ? reject(error) : resolve(value as T))),
  );
}

export const REAL_FS: WriteFs = {
  open: (path, flags, mode) => call((done) => fs.open(path, flags, mode, done)),
  write: (fd, data, offset, length, position) =>
    call((done) => fs.write(fd, data, offset, length, position, done)),
  fsync: (fd) => call((done) => fs.fsync(fd, done)),
  size: async (fd) => (await call<Stats>((done) => fs.fstat(fd, done))).size,
  fchmod: (fd, mode) => call((done) => fs.fchmod(fd, mode, done)),
  fchown: (fd, uid, gid) => call((done) => fs.fchown(fd, uid, gid, done)),
  close: (fd) => call((done) => fs.close(fd, done)),
  rename: (from, to) => call((done) => fs.rename(from, to, done)),
  unlink: (path) => call((done) => fs.unlink(path, done)),
  stat: (path) => call((done) => fs.stat(path, done)),
  realpath: (path) => call((done) => fs.realpath(path, done)),
  writable: (path) =>
    call<void>((done) => fs.access(path, fs.constants.W_OK, done)).then(
      () => true,
      () => false,
    ),
  freeBytes: async (folder) => {
    try {
      const info = await fs.promises.statfs(folder);
      return info.bavail * info.bsize;
    } catch {
      return null;
    }
  },
  syncFolder: async (folder) => {
    if (process.platform === 'win32') return;
    let fd: number | null = null;
    try {
      fd = await call<number>((done) => fs.open(folder, 'r', done));
      await call<void>((done) => fs.fsync(fd as number, done));
    } catch {
      // Some file systems refuse to sync a folder; the rename has happened either way.
    } finally {
      if (fd !== null) fs.close(fd, () => undefined);
    }
  },
};
