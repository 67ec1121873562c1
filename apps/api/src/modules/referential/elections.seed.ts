import { DataSource } from 'typeorm';

/** The elections the product knows about; upserted on every start and import (idempotent). */
export const REFERENCE_ELECTIONS = [
  {
    code: 'MUNICIPALES_2026',
    name: 'Élections municipales et communautaires 2026',
    firstRoundDate: '2026-03-15',
    secondRoundDate: '2026-03-22',
    mandateStart: '2026-03-22',
    mandateEnd: '2032-03-31',
  },
];

export async function ensureElections(dataSource: DataSource): Promise<void> {
  for (const e of REFERENCE_ELECTIONS) {
    await dataSource.query(
      `INSERT INTO election (code, name, first_round_date, second_round_date, mandate_start, mandate_end)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO NOTHING`,
      [e.code, e.name, e.firstRoundDate, e.secondRoundDate, e.mandateStart, e.mandateEnd],
    );
  }
}
