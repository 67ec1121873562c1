import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { ValidationFailedError } from '../errors/domain-error';

/** The largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;
/** The largest offset a client may ask for. */
export const MAX_PAGE_OFFSET = 100_000;

/** `first` / `offset` of every paginated list; extend it with the list's own filters. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_OFFSET)
  offset: number = 0;
}

/**
 * The checks of {@link PageArgs} on arguments that did not go through the validation pipe (`@PlainArgs()`), with its
 * error: VALIDATION_FAILED, each problem in class-validator's words. The schema's `Int!` already makes both integers.
 */
export function checkPageArgs(args: { first: number; offset: number }): void {
  const problems: string[] = [];
  const bounds = [
    ['first', args.first, 1, MAX_PAGE_SIZE],
    ['offset', args.offset, 0, MAX_PAGE_OFFSET],
  ] as const;
  for (const [name, value, min, max] of bounds) {
    if (value < min) problems.push(`${name} must not be less than ${min}`);
    else if (value > max) problems.push(`${name} must not be greater than ${max}`);
  }
  if (problems.length > 0) throw new ValidationFailedError(problems);
}

/** The shape every page type shares; built by {@link PageOf}. */
export interface Page<T> {
  nodes: T[];
  totalCount: number;
  offset: number;
  hasNextPage: boolean;
}

/** A GraphQL page type named `name` whose nodes are `node`. */
export function PageOf<T>(node: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name)
  class PageType implements Page<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => Int, { description: 'Every match, not only this page' })
    totalCount!: number;

    @Field(() => Int)
    offset!: number;

    @Field()
    hasNextPage!: boolean;
  }
  return PageType;
}

/** A page of mapped rows, from what the repository returned. */
export function toPage<R, T>(rows: R[], total: number, args: PageArgs, map: (row: R) => T): Page<T> {
  return {
    nodes: rows.map(map),
    totalCount: total,
    offset: args.offset,
    hasNextPage: args.offset + rows.length < total,
  };
}

/**
 * Complexity of a page: its nodes times the page size asked for. A page larger than {@link MAX_PAGE_SIZE} is refused by
 * the argument's validation; one so large that it would cost more than the limit (`first: 1000000000`) is refused
 * before anything runs, as QUERY_TOO_COMPLEX.
 */
export function pageComplexity({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const first = Number(args.first ?? 20);
  return 1 + childComplexity * (Number.isFinite(first) && first > 1 ? first : 1);
}
