import { todayInFrance } from '@pacte/pact';
import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { Public } from '../../common/auth/decorators';
import { PublicRead } from '../../common/web/public-read';
import { buildApplicationFile } from './application/application-file';
import { ApplicationDocument } from './application/document';
import { renderMarkdown } from './application/markdown';
import { ODT_MIME_TYPE, renderOdt } from './application/odt';
import { LabelsService } from './labels.service';
import { readinessOf } from './readiness';

/**
 * The pre-filled application file for the Territoire Numérique Libre label, for anyone: it holds only public data
 * (actions, evidence, inventory, labels). An unknown collectivity is a 404. Anonymous callers read the replica if any.
 */
@Controller('labels/application')
@PublicRead()
export class LabelsController {
  constructor(private readonly service: LabelsService) {}

  private async document(collectivityId: string): Promise<{ document: ApplicationDocument; today: string }> {
    const facts = await this.service.applicationFacts(collectivityId);
    const today = todayInFrance(new Date());
    return { document: buildApplicationFile(facts, readinessOf(facts, facts.collectivity.id), today), today };
  }

  @Public()
  @Get(':collectivityId.md')
  @Header('Cache-Control', 'no-store')
  async markdown(@Param('collectivityId') collectivityId: string): Promise<StreamableFile> {
    const { document } = await this.document(collectivityId);
    return new StreamableFile(Buffer.from(renderMarkdown(document), 'utf8'), {
      type: 'text/markdown; charset=utf-8',
      disposition: `attachment; filename="${document.slug}.md"`,
    });
  }

  @Public()
  @Get(':collectivityId.odt')
  @Header('Cache-Control', 'no-store')
  async odt(@Param('collectivityId') collectivityId: string): Promise<StreamableFile> {
    const { document, today } = await this.document(collectivityId);
    return new StreamableFile(await renderOdt(document, today), {
      type: ODT_MIME_TYPE,
      disposition: `attachment; filename="${document.slug}.odt"`,
    });
  }
}
