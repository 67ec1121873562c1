import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CURRENT_EDITION, getCatalogue, type CollectivityKind } from '@pacte/pact';
import { DomainError } from '../../common/errors/domain-error';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { CommitmentsService } from '../commitments/commitments.service';
import { StatisticsService } from '../statistics/statistics.service';
import { renderBadge } from './badge-svg';

export interface Badge {
  svg: string;
  /** A strong validator: the hash of the badge, which is drawn from the stored scores alone. */
  etag: string;
}

/**
 * The SVG badge of a committed collectivity: its numbers are the stored scores the progress writes keep in their
 * transaction (StatisticsService.commitmentScores, statistics_commitment), never a replay of the history. Its ETag is
 * the hash of what it shows, so it changes exactly when the collectivity's progress (or name) changes.
 */
@Injectable()
export class BadgesService {
  constructor(
    private readonly collectivities: CollectivitiesService,
    private readonly commitments: CommitmentsService,
    private readonly statistics: StatisticsService,
  ) {}

  /** Null when the code is unknown (or ambiguous without its kind), or the collectivity is not committed. */
  async badge(code: string, kind: CollectivityKind | undefined, lang: 'fr' | 'en'): Promise<Badge | null> {
    let collectivity;
    try {
      collectivity = await this.collectivities.getByCode(code, kind);
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
    const commitment = await this.commitments.findForCollectivity(collectivity.id, CURRENT_EDITION);
    if (!commitment) return null;
    const scores = await this.statistics.commitmentScores(commitment.id);
    const catalogue = getCatalogue(commitment.edition);
    const svg = renderBadge({
      lang,
      collectivityName: collectivity.name,
      actionsDone: scores?.actionsDone ?? 0,
      actionsTotal: catalogue.actions.length,
      sections: scores?.sections ?? catalogue.sections.map((s) => ({ section: s.number, score: null })),
      demo: commitment.demo,
    });
    const etag = `"${createHash('sha256').update(svg).digest('base64url').slice(0, 32)}"`;
    return { svg, etag };
  }
}
