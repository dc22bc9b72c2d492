// The tracker's storage: one IndexedDB database in the reader's browser, through `idb` (a thin promise
// wrapper, about 1 kB). Nothing here talks to the server.
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CheckIn, ProgressData, SessionLog, TrackedPlan } from './types';

export const DB_NAME = 'backwise-progress';
/** Prefix of the service worker's caches (public/sw.js); "Delete my data" removes them too. */
export const CACHE_PREFIX = 'backwise-';
const PLAN_KEY = 'current';

interface ProgressDB extends DBSchema {
  checkIns: { key: string; value: CheckIn };
  sessions: { key: string; value: SessionLog };
  plan: { key: string; value: TrackedPlan };
}

let connection: Promise<IDBPDatabase<ProgressDB>> | null = null;
const deletedElsewhere = new Set<() => void>();

/** Calls `listener` when "Delete my data" in another tab removes the data this tab shows; returns its removal. */
export function onDeletedElsewhere(listener: () => void): () => void {
  deletedElsewhere.add(listener);
  return () => void deletedElsewhere.delete(listener);
}

function db(): Promise<IDBPDatabase<ProgressDB>> {
  connection ??= openDB<ProgressDB>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('checkIns', { keyPath: 'date' });
      database.createObjectStore('sessions', { keyPath: 'at' });
      database.createObjectStore('plan');
    },
    // Another tab is deleting the database (or opening a newer version): while this connection stays open
    // its deletion waits, for as long as this tab is open. So this tab lets go at once, and, for a deletion
    // (no next version), tells the page, which shows the empty tracker without opening the database again
    // (an open now would wait for the deletion and then create it anew).
    blocking(_current, next, event) {
      (event.target as IDBDatabase).close();
      connection = null;
      if (next === null) deletedElsewhere.forEach((listener) => listener());
    },
    terminated() {
      connection = null;
    },
  });
  return connection;
}

/**
 * Whether the database exists. Reading must not create it: the booking form looks for a summary on every
 * visit, and a reader who never used the tracker should be left with nothing in their browser.
 */
async function exists(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((info) => info.name === DB_NAME);
}

export async function loadProgress(): Promise<ProgressData> {
  if (!connection && !(await exists())) return { plan: null, checkIns: [], sessions: [] };
  const database = await db();
  const [checkIns, sessions, plan] = await Promise.all([
    database.getAll('checkIns'),
    database.getAll('sessions'),
    database.get('plan', PLAN_KEY),
  ]);
  return { checkIns, sessions, plan: plan ?? null };
}

export async function saveCheckIn(checkIn: CheckIn): Promise<void> {
  await (await db()).put('checkIns', checkIn);
}

export async function saveSession(session: SessionLog): Promise<void> {
  await (await db()).put('sessions', session);
}

export async function savePlan(plan: TrackedPlan): Promise<void> {
  await (await db()).put('plan', plan, PLAN_KEY);
}

/**
 * Removes everything the tracker and its service worker keep: the database, the offline caches and the
 * worker itself (the next visit installs it afresh). `onBlocked` runs when another tab still holds the
 * database open (a tab from before this version, which does not let go by itself): the deletion then waits
 * until that tab is closed or reloaded.
 */
export async function deleteEverything(onBlocked?: () => void): Promise<void> {
  const open = connection;
  connection = null;
  if (open) (await open).close();
  await deleteDB(DB_NAME, { blocked: onBlocked });
  if ('serviceWorker' in navigator) {
    // The worker stops storing first, so nothing it is still fetching lands in a cache deleted below.
    navigator.serviceWorker.controller?.postMessage('forget');
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((r) => r.unregister()));
  }
  if ('caches' in globalThis) {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX)).map((n) => caches.delete(n)));
  }
}
