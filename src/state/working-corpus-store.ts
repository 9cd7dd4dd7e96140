import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { useSyncExternalStore } from 'react';
import type { KeptRelease } from '../domain/working-corpus/working-corpus.ts';
import { findDuplicate } from '../domain/working-corpus/duplicates.ts';

/**
 * The analyst's releases, kept in this browser (IndexedDB through idb) and
 * shared by every open tab of the app (a BroadcastChannel says when one tab
 * changed them; the others read them again). Each write is one transaction:
 * a release is there whole or not at all. A failed write rejects with a
 * message that says why; the caller keeps the unsaved release on screen.
 */
export type ReviewDraft = { key: 'current'; savedAt: string; state: unknown };

interface AtlasDb extends DBSchema {
  releases: { key: string; value: KeptRelease };
  drafts: { key: string; value: ReviewDraft };
}

const DB_NAME = 'forum-atlas';
const CHANNEL = 'forum-atlas:working-corpus';

export type WorkingStore =
  | { status: 'loading'; releases: readonly KeptRelease[] }
  | { status: 'ready'; releases: readonly KeptRelease[]; persisted: boolean | null }
  | { status: 'unavailable'; releases: readonly KeptRelease[]; message: string };

let snapshot: WorkingStore = { status: 'loading', releases: [] };
const listeners = new Set<() => void>();
let database: Promise<IDBPDatabase<AtlasDb>> | null = null;
let channel: BroadcastChannel | null = null;
let started = false;

function set(next: WorkingStore): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

/** What a failed storage call means to the analyst. */
export function storageFailure(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'The browser has no room left to store it for this site (quota exceeded).';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return 'This browser does not let the page store data (a private window, or storage turned off).';
  }
  return `The browser could not store it: ${error instanceof Error ? error.message : String(error)}`;
}

function open(): Promise<IDBPDatabase<AtlasDb>> {
  database ??= openDB<AtlasDb>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('releases', { keyPath: 'id' });
      db.createObjectStore('drafts', { keyPath: 'key' });
    },
  });
  return database;
}

const byAdded = (a: KeptRelease, b: KeptRelease) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : 1);

async function refresh(): Promise<void> {
  try {
    const releases = (await (await open()).getAll('releases')).sort(byAdded);
    const persisted = typeof navigator.storage?.persisted === 'function' ? await navigator.storage.persisted() : null;
    set({ status: 'ready', releases, persisted });
  } catch (error) {
    database = null;
    set({ status: 'unavailable', releases: [], message: storageFailure(error) });
  }
}

function start(): void {
  if (started) return;
  started = true;
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(CHANNEL);
    channel.addEventListener('message', () => void refresh());
  }
  void refresh();
}

function announce(): void {
  channel?.postMessage({ type: 'changed' });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  start();
  return () => listeners.delete(listener);
}

export function useWorkingStore(): WorkingStore {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** Asks the browser not to evict the working corpus under storage pressure; true when granted. */
export async function requestPersistence(): Promise<boolean | null> {
  if (typeof navigator.storage?.persist !== 'function') return null;
  try {
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}

async function write(change: (db: IDBPDatabase<AtlasDb>) => Promise<unknown>): Promise<void> {
  let db: IDBPDatabase<AtlasDb>;
  try {
    db = await open();
    await change(db);
  } catch (error) {
    throw new Error(storageFailure(error));
  }
  await refresh();
  announce();
}

/**
 * Adds a release; refuses one whose id, address or text is already kept.
 * The check runs inside the write's transaction, which IndexedDB runs one at
 * a time across tabs: two tabs keeping the same release at once keep it once.
 */
export async function keepRelease(release: KeptRelease): Promise<void> {
  await write(async (db) => {
    const tx = db.transaction('releases', 'readwrite');
    if (await tx.store.get(release.id)) throw new Error(`a release with the id ${release.id} is already kept`);
    const { sourceUrl, text } = release.extracted.document;
    const duplicate = findDuplicate((await tx.store.getAll()).map((kept) => kept.extracted.document), { url: sourceUrl, text });
    if (duplicate) throw new Error(`the same release (same ${duplicate.by === 'url' ? 'address' : 'text'}) was just kept, as ${duplicate.documentId}, perhaps in another tab`);
    await tx.store.add(release);
    await tx.done;
  });
  void requestPersistence().then(() => refresh());
}

/** Puts back a release that was removed (undo). */
export function restoreRelease(release: KeptRelease): Promise<void> {
  return write((db) => db.put('releases', release));
}

export function removeRelease(id: string): Promise<void> {
  return write((db) => db.delete('releases', id));
}

/** The review in progress, saved at every edit so a reload or a crash loses at most the last one. */
export async function saveDraft(state: unknown): Promise<void> {
  await (await open()).put('drafts', { key: 'current', savedAt: new Date().toISOString(), state });
}

export async function loadDraft(): Promise<ReviewDraft | undefined> {
  try {
    return await (await open()).get('drafts', 'current');
  } catch {
    return undefined;
  }
}

export async function clearDraft(): Promise<void> {
  try {
    await (await open()).delete('drafts', 'current');
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** Adds releases read from a file, all in one transaction: all of them are kept, or none. */
export function importReleases(releases: readonly KeptRelease[]): Promise<void> {
  return write(async (db) => {
    const tx = db.transaction('releases', 'readwrite');
    for (const release of releases) await tx.store.add(release);
    await tx.done;
  });
}
