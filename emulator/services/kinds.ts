// How a service's method calls are counted and which AuthMode they need, for instrument().
import type { CounterName, Requirement } from '../runtime';

export const kinds =
  (counter: CounterName, requirement: (method: string) => Requirement) => (method: string) => ({
    counter,
    requirement: requirement(method),
  });
