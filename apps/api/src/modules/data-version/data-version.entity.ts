import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row: a counter PostgreSQL itself raises once for every transaction that changes public data (triggers of
 * migration DataVersion on the public tables, fired at commit), whoever writes: the services' units of work, the
 * importers, the seeds, plain SQL. Caches validate against it (ETag), so every process of a deployment agrees.
 */
@Entity('data_version')
export class DataVersionEntity {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'bigint' })
  version!: string;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}
