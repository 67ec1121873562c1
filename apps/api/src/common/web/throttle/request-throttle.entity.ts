import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One request counter of the throttler (@nestjs/throttler), per client address and route, kept in PostgreSQL so that
 * every process of a deployment shares it. Rows whose window has passed are reused in place, and swept.
 */
@Entity('request_throttle')
export class RequestThrottleEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'integer' })
  hits!: number;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil!: Date | null;
}
