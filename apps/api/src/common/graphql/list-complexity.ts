import type { ComplexityEstimator } from '@nestjs/graphql';

/**
 * The estimated cost of a list field: its children counted `expected` times (a typical upper size), so that the
 * complexity limit sees nested lists for what they cost.
 */
export function listOf(expected: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + childComplexity * expected;
}
