import { z } from 'zod';
import { FLEET_AUDIENCES } from '../software/fleet';
import { RuleContext } from './context';
import { pastIsoDate } from './date-fields';
import { expectedVersion, id, oneOf, wholeNumber } from './fields';

/** No collectivity counts a million machines: anything above is a typing slip. */
export const FLEET_COUNT_MAX = 1_000_000;

const count = () => wholeNumber(0, FLEET_COUNT_MAX).nullish();

/**
 * declareFleet: one audience's whole fleet (workstations, servers, office-suite seats; null or absent: not declared),
 * as of a day that is not in the future (FLEET_DATE_IN_FUTURE). It replaces the audience's previous declaration.
 */
export const fleetDeclarationSchema = (ctx: RuleContext) =>
  z.strictObject({
    collectivityId: id(),
    audience: oneOf(FLEET_AUDIENCES),
    workstations: count(),
    servers: count(),
    officeSeats: count(),
    asOf: pastIsoDate(ctx.today, 'FLEET_DATE_IN_FUTURE'),
    expectedVersion: expectedVersion(),
  });
export type FleetDeclarationInput = z.input<ReturnType<typeof fleetDeclarationSchema>>;
