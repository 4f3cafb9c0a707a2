import type { Projection } from '../../../shared/projections/projection.js';

/** One read model of the module: its tables and how an event changes them. The module runs them as one projection. */
export type ReadModelPart = Omit<Projection, 'name'>;
