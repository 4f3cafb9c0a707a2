/**
 * Every name of an event union, each once: given as an object's keys so that the compiler refuses a list that
 * misses a member or names one the union does not have. Projections subscribe with these lists, and the
 * unique-event-names test checks them across modules.
 */
export function eventTypeList<T extends string>(all: Record<T, true>): readonly T[] {
  return Object.keys(all) as T[];
}
