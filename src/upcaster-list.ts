import { CONGRESS_EVENT_RENAMES } from './modules/congress/index.js';
import type { EventRename, Upcaster } from './shared/event-store/upcasting.js';

/**
 * Every upcaster of every module. Empty while every stored event is at schema version 1: when an event's shape
 * changes, its module exports an upcaster from the old version and it is listed here (never rename or rewrite
 * the stored event).
 */
export const UPCASTER_LIST: readonly Upcaster[] = [];

/** Event types read under a new name, so that no two modules share one (stored events keep the old name). */
export const EVENT_RENAMES: readonly EventRename[] = [...CONGRESS_EVENT_RENAMES];
